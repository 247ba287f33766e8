//===--- ModelIndex.h - Every model's rules, found by callee ----*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_MODELINDEX_H
#define EVENTLOOP_TIDY_ANALYSIS_MODELINDEX_H

#include "../facts/Facts.h"
#include "../models/Model.h"
#include "AnalysisOptions.h"
#include "OffloadTemplate.h"
#include "QualifiedName.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// A rule together with the framework it belongs to.
template <typename Rule> struct ModelRule {
  const Rule *R = nullptr;
  const FrameworkModel *Model = nullptr;
  explicit operator bool() const { return R != nullptr; }
  const Rule *operator->() const { return R; }
};

/// Rules of one kind, indexed by the last part of their pattern so that most
/// calls are dismissed by one hash lookup on the callee's name.
template <typename Rule> class RuleTable {
public:
  void add(const Rule &R, const FrameworkModel *Model, llvm::StringRef Pattern);

  /// The first rule (in model order) whose pattern matches \p QualifiedName
  /// and that \p Accept agrees with.
  template <typename Pred>
  ModelRule<Rule> find(llvm::StringRef Key, llvm::StringRef QualifiedName,
                       Pred Accept) const;

  /// Could any rule match a callee whose last name part is \p Key?
  bool mayMatch(llvm::StringRef Key) const {
    if (ByKey.count(Key))
      return true;
    return llvm::any_of(
        Wild, [&](const Entry &E) { return Key.starts_with(E.KeyPrefix); });
  }

private:
  struct Entry {
    ModelRule<Rule> Rule_;
    NamePattern Pattern;
    unsigned Order;
    /// For a wildcard last part ("async_*"), what comes before the first
    /// `*`: a callee whose name does not start with it cannot match.
    llvm::StringRef KeyPrefix = {};
  };
  llvm::StringMap<std::vector<Entry>> ByKey;
  std::vector<Entry> Wild;
  unsigned Next = 0;
};

/// All models plus the user's options, indexed.
class ModelIndex {
public:
  explicit ModelIndex(const AnalysisOptions &Options);

  RuleTable<SinkRule> Sinks;
  RuleTable<RegistrationRule> Registrations;
  /// Keyed by field name.
  RuleTable<FieldRegistrationRule> FieldRegistrations;
  /// Keyed by field name.
  RuleTable<LoopFieldRule> LoopFields;
  RuleTable<LoopAccessorRule> LoopAccessors;
  RuleTable<OffloadRule> Offloads;
  RuleTable<HandleBindingRule> HandleBindings;
  RuleTable<LoopFactoryRule> LoopFactories;
  RuleTable<DefaultLoopRule> DefaultLoops;
  RuleTable<CallableWrapperRule> CallableWrappers;
  RuleTable<SyncClientRule> SyncClients;
  RuleTable<llvm::StringRef> FutureCompleters;
  RuleTable<llvm::StringRef> PromiseFutures;
  RuleTable<llvm::StringRef> AttributeLookups;
  RuleTable<llvm::StringRef> ContainerStores;
  RuleTable<llvm::StringRef> ContainerElements;
  RuleTable<llvm::StringRef> ModuleImports;
  RuleTable<llvm::StringRef> UserInputSignals;
  RuleTable<llvm::StringRef> InheritedUserInputSignals;
  RuleTable<llvm::StringRef> UserWindows;
  RuleTable<llvm::StringRef> Widgets;
  RuleTable<llvm::StringRef> FalseWhileConstructing;
  RuleTable<llvm::StringRef> ThreadAffineClasses;
  RuleTable<llvm::StringRef> ThreadMoves;
  RuleTable<llvm::StringRef> EventTypeCalls;
  RuleTable<llvm::StringRef> UserInputEvents;
  RuleTable<llvm::StringRef> DirectConnections;
  RuleTable<llvm::StringRef> QueuedConnections;
  RuleTable<llvm::StringRef> AutomaticConnections;
  RuleTable<llvm::StringRef> CurrentThreadCalls;
  RuleTable<llvm::StringRef> ObjectThreadCalls;
  RuleTable<llvm::StringRef> ApplicationClasses;
  RuleTable<llvm::StringRef> CallableReferences;
  RuleTable<llvm::StringRef> AfterLoopSignals;
  RuleTable<llvm::StringRef> BeforeLoopSignals;
  RuleTable<llvm::StringRef> GeneratedDispatchers;
  RuleTable<llvm::StringRef> FutureWatches;
  RuleTable<llvm::StringRef> FutureFinishedSignals;
  RuleTable<llvm::StringRef> FutureResultSignals;
  RuleTable<llvm::StringRef> FutureReadyChecks;
  RuleTable<llvm::StringRef> SignalSenders;
  RuleTable<llvm::StringRef> ReentryLocks;

  /// Might a rule of a table that a call's callee is looked up in
  /// (GraphBuilder::VisitCallExpr: sinks, registrations, offloads, handle
  /// bindings, wrappers, factories, completers, thread moves, watches,
  /// callable references) name a callee whose last name part is \p Key?
  /// Most calls are named by none. A table that VisitCallExpr asks belongs
  /// here.
  bool mayNameCallee(llvm::StringRef Key) const;

  /// Does a rule of \p Table name \p FD?
  static bool names(const RuleTable<llvm::StringRef> &Table,
                    const NamedDecl *FD) {
    std::string Key = lastNamePart(FD);
    return Table.mayMatch(Key) &&
           Table.find(Key, qualifiedName(FD), [](auto &) { return true; });
  }
  RuleTable<llvm::StringRef> ObjectFactories;
  /// Every SinkRule::UnlessMode.
  llvm::StringSet<> SinkModes;
  /// The user's offloads written as templates around a call.
  std::vector<OffloadTemplate> OffloadTemplates;
  /// AnalysisOptions::ReportUserInputModals.
  bool ReportUserInputModals = false;

  /// Loop-code rules apply to every function, so they are not indexed.
  llvm::ArrayRef<ModelRule<LoopCodeRule>> loopCodeRules() const {
    return LoopCode;
  }

  /// Is \p QualifiedName one of the loop types of some model?
  ModelRule<llvm::StringRef> loopType(llvm::StringRef QualifiedName) const;

  /// The identity of the loop a default-loop rule returns: equal for rules
  /// that name the same loop.
  const void *defaultLoopKey(const DefaultLoopRule &R) const {
    return defaultLoopKey(R.Loop.empty() ? R.Callee : R.Loop);
  }
  /// The name of the loop a default-loop rule returns: equal for rules that
  /// name the same loop.
  static llvm::StringRef defaultLoopName(const DefaultLoopRule &R) {
    return R.Loop.empty() ? R.Callee : R.Loop;
  }
  /// The identity of the default loop named \p Loop, or null.
  const void *defaultLoopKey(llvm::StringRef Loop) const {
    auto It = DefaultLoopKeys.find(Loop);
    return It == DefaultLoopKeys.end() ? nullptr : &*It;
  }

  /// Is \p QualifiedName a namespace of some library's own code?
  /// Is \p Name, a C function's, one that only a library's own functions
  /// have (FrameworkModel::LibraryPrefixes)?
  bool isLibraryFunctionName(llvm::StringRef Name) const {
    return llvm::any_of(LibraryPrefixes, [&](llvm::StringRef Prefix) {
      return Name.starts_with(Prefix);
    });
  }
  bool isLibraryNamespace(llvm::StringRef QualifiedName) const {
    return llvm::any_of(LibraryNamespaces, [&](llvm::StringRef Pattern) {
      return matchesName(Pattern, QualifiedName);
    });
  }

  /// Is the header at \p Path below a folder of some library's installed
  /// headers (FrameworkModel::LibraryHeaders)?
  bool isLibraryHeader(llvm::StringRef Path) const;

  /// The framework that stands for the user's own options.
  const FrameworkModel &userModel() const { return *User; }
  /// The framework that stands for `eventloop::` annotations; its Sinks are
  /// runs_loop, then blocking.
  static const FrameworkModel &annotationModel();

  /// How facts name a model (facts::RuleRef::Model): its place in
  /// allModels(), or the user's, or the annotations'; and back.
  uint16_t numberOf(const FrameworkModel *M) const;
  const FrameworkModel *model(uint16_t Number) const;

private:
  void addModel(const FrameworkModel &M);
  std::unique_ptr<FrameworkModel> User;
  llvm::DenseMap<const FrameworkModel *, uint16_t> Numbers;
  std::deque<std::string> Strings;
  std::vector<SinkRule> UserSinks;
  std::vector<RegistrationRule> UserRegistrations;
  std::vector<OffloadRule> UserOffloads;
  std::vector<SyncClientRule> UserClients;
  std::vector<LoopCodeRule> UserLoopCode;
  std::vector<ModelRule<llvm::StringRef>> LoopTypes;
  std::vector<ModelRule<LoopCodeRule>> LoopCode;
  llvm::StringMap<char> DefaultLoopKeys;
  std::vector<llvm::StringRef> LibraryNamespaces;
  std::vector<llvm::StringRef> LibraryPrefixes;
  llvm::StringSet<> LibraryHeaderFolders;
};

template <typename Rule>
void RuleTable<Rule>::add(const Rule &R, const FrameworkModel *Model,
                          llvm::StringRef Pattern) {
  Entry E{ModelRule<Rule>{&R, Model}, NamePattern(Pattern), Next++};
  llvm::StringRef Key = patternKey(Pattern);
  if (!Key.empty()) {
    ByKey[Key].push_back(E);
    return;
  }
  llvm::StringRef Last = Pattern.rsplit("::").second;
  if (Last.empty())
    Last = Pattern;
  E.KeyPrefix = Last.substr(0, Last.find('*'));
  Wild.push_back(E);
}

template <typename Rule>
template <typename Pred>
ModelRule<Rule> RuleTable<Rule>::find(llvm::StringRef Key,
                                      llvm::StringRef QualifiedName,
                                      Pred Accept) const {
  const Entry *Best = nullptr;
  auto Consider = [&](const Entry &E) {
    if (Best && Best->Order < E.Order)
      return;
    if (E.Pattern.matches(QualifiedName) && Accept(*E.Rule_.R))
      Best = &E;
  };
  auto It = ByKey.find(Key);
  if (It != ByKey.end())
    for (const Entry &E : It->second)
      Consider(E);
  for (const Entry &E : Wild)
    if (Key.starts_with(E.KeyPrefix))
      Consider(E);
  return Best ? Best->Rule_ : ModelRule<Rule>();
}

/// The first rule of \p Table, a table of rules keyed by field name with a
/// Record pattern (FieldRegistrationRule, LoopFieldRule), for the field
/// \p D names; nothing when \p D is not a field.
template <typename Rule>
ModelRule<Rule> findFieldRule(const RuleTable<Rule> &Table,
                              const ValueDecl *D) {
  const auto *F = llvm::dyn_cast_or_null<FieldDecl>(D);
  if (!F || !F->getIdentifier() || !Table.mayMatch(F->getName()))
    return {};
  return Table.find(F->getName(), F->getName(), [&](const Rule &R) {
    return matchesName(R.Record, qualifiedName(F->getParent()));
  });
}

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_MODELINDEX_H
