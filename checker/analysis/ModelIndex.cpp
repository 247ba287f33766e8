//===--- ModelIndex.cpp - Every model's rules, found by callee ------------===//

#include "ModelIndex.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::eventloop {

std::string AnalysisOptions::fingerprint() const {
  std::string Key;
  for (const auto *List :
       {&CallbackFunctions, &RegistrationFunctions, &OffloadFunctions,
        &LoopRunFunctions, &BlockingFunctions, &SyncClientTypes,
        &OffloadTemplates}) {
    for (const std::string &Item : *List)
      Key += Item + ";";
    Key += "|";
  }
  return Key + ProgramSummary + (ReportUserInputModals ? "|modals" : "");
}

ModelIndex::ModelIndex(const AnalysisOptions &Options)
    : ReportUserInputModals(Options.ReportUserInputModals),
      User(std::make_unique<FrameworkModel>()) {
  auto Keep = [&](const std::string &S) -> llvm::StringRef {
    Strings.push_back(S);
    return Strings.back();
  };
  // Reserve first so that the ArrayRefs below stay valid.
  UserSinks.reserve(Options.LoopRunFunctions.size() +
                    Options.BlockingFunctions.size());
  for (const std::string &P : Options.LoopRunFunctions)
    UserSinks.push_back({Keep(P), SinkKind::LoopRun});
  for (const std::string &P : Options.BlockingFunctions)
    UserSinks.push_back({Keep(P), SinkKind::Blocking});
  for (const std::string &P : Options.RegistrationFunctions)
    UserRegistrations.push_back({Keep(P), EveryCallable});
  for (const std::string &P : Options.OffloadFunctions)
    UserOffloads.push_back({Keep(P), EveryCallable});
  for (const std::string &P : Options.SyncClientTypes)
    UserClients.push_back({Keep(P), false});
  for (const std::string &P : Options.CallbackFunctions)
    UserLoopCode.push_back({LoopCodeRule::Named, Keep(P),
                            "function is loop code by the project's options"});
  User->Name = "user";
  User->LoopLabel = "event";
  User->Sinks = UserSinks;
  User->Registrations = UserRegistrations;
  User->Offloads = UserOffloads;
  User->SyncClients = UserClients;
  User->LoopCode = UserLoopCode;
  for (const std::string &T : Options.OffloadTemplates)
    OffloadTemplates.emplace_back(T);

  // The user's rules come first: a project may override a model.
  addModel(*User);
  for (const FrameworkModel *M : allModels()) {
    Numbers[M] = Numbers.size();
    addModel(*M);
  }
}

const FrameworkModel &ModelIndex::annotationModel() {
  static const SinkRule Sinks[] = {{"", SinkKind::LoopRun},
                                   {"", SinkKind::Blocking}};
  static const FrameworkModel Annotations{
      .Name = "annotations", .LoopLabel = "event", .Sinks = Sinks};
  return Annotations;
}

uint16_t ModelIndex::numberOf(const FrameworkModel *M) const {
  if (!M)
    return facts::RuleRef::NoModel;
  if (M == User.get())
    return facts::RuleRef::UserModel;
  if (M == &annotationModel())
    return facts::RuleRef::Annotation;
  auto It = Numbers.find(M);
  return It == Numbers.end() ? facts::RuleRef::NoModel : It->second;
}

const FrameworkModel *ModelIndex::model(uint16_t Number) const {
  if (Number == facts::RuleRef::UserModel)
    return User.get();
  if (Number == facts::RuleRef::Annotation)
    return &annotationModel();
  llvm::ArrayRef<const FrameworkModel *> All = allModels();
  return Number < All.size() ? All[Number] : nullptr;
}

void ModelIndex::addModel(const FrameworkModel &M) {
  for (const SinkRule &R : M.Sinks) {
    Sinks.add(R, &M, R.Callee);
    if (!R.UnlessMode.empty())
      SinkModes.insert(R.UnlessMode);
  }
  for (const RegistrationRule &R : M.Registrations)
    Registrations.add(R, &M, R.Callee);
  for (const FieldRegistrationRule &R : M.FieldRegistrations)
    FieldRegistrations.add(R, &M, R.Field);
  for (const LoopFieldRule &R : M.LoopFields)
    LoopFields.add(R, &M, R.Field);
  for (const LoopAccessorRule &R : M.LoopAccessors)
    LoopAccessors.add(R, &M, R.Callee);
  for (const OffloadRule &R : M.Offloads)
    Offloads.add(R, &M, R.Callee);
  for (const HandleBindingRule &R : M.HandleBindings)
    HandleBindings.add(R, &M, R.Callee);
  for (const LoopFactoryRule &R : M.LoopFactories)
    LoopFactories.add(R, &M, R.Callee);
  for (const DefaultLoopRule &R : M.DefaultLoops) {
    DefaultLoops.add(R, &M, R.Callee);
    DefaultLoopKeys.try_emplace(R.Loop.empty() ? R.Callee : R.Loop, 0);
  }
  for (const CallableWrapperRule &R : M.CallableWrappers)
    CallableWrappers.add(R, &M, R.Callee);
  for (const SyncClientRule &R : M.SyncClients)
    SyncClients.add(R, &M, R.Type);
  for (const LoopCodeRule &R : M.LoopCode)
    LoopCode.push_back({&R, &M});
  // Rules that are a name only: the name is the key.
  auto AddNames = [&M](auto &Index, llvm::ArrayRef<llvm::StringRef> Names) {
    for (llvm::StringRef Name : Names)
      Index.add(Name, &M, Name);
  };
  AddNames(ObjectFactories, M.ObjectFactories);
  AddNames(FutureCompleters, M.FutureCompleters);
  AddNames(PromiseFutures, M.PromiseFutures);
  AddNames(ContainerStores, M.ContainerStores);
  AddNames(ContainerElements, M.ContainerElements);
  AddNames(AttributeLookups, M.AttributeLookups);
  AddNames(ModuleImports, M.ModuleImports);
  AddNames(UserInputSignals, M.UserInputSignals);
  AddNames(InheritedUserInputSignals, M.InheritedUserInputSignals);
  AddNames(UserWindows, M.UserWindows);
  AddNames(Widgets, M.Widgets);
  AddNames(FalseWhileConstructing, M.FalseWhileConstructing);
  AddNames(ThreadAffineClasses, M.ThreadAffineClasses);
  AddNames(ThreadMoves, M.ThreadMoves);
  AddNames(EventTypeCalls, M.EventTypeCalls);
  AddNames(UserInputEvents, M.UserInputEvents);
  AddNames(DirectConnections, M.DirectConnections);
  AddNames(QueuedConnections, M.QueuedConnections);
  AddNames(AutomaticConnections, M.AutomaticConnections);
  AddNames(CurrentThreadCalls, M.CurrentThreadCalls);
  AddNames(ObjectThreadCalls, M.ObjectThreadCalls);
  AddNames(ApplicationClasses, M.ApplicationClasses);
  AddNames(CallableReferences, M.CallableReferences);
  AddNames(AfterLoopSignals, M.AfterLoopSignals);
  AddNames(BeforeLoopSignals, M.BeforeLoopSignals);
  AddNames(GeneratedDispatchers, M.GeneratedDispatchers);
  AddNames(FutureWatches, M.FutureWatches);
  AddNames(FutureFinishedSignals, M.FutureFinishedSignals);
  AddNames(FutureResultSignals, M.FutureResultSignals);
  AddNames(FutureReadyChecks, M.FutureReadyChecks);
  AddNames(SignalSenders, M.SignalSenders);
  AddNames(ReentryLocks, M.ReentryLocks);
  LibraryNamespaces.insert(LibraryNamespaces.end(), M.LibraryNamespaces.begin(),
                           M.LibraryNamespaces.end());
  LibraryPrefixes.insert(LibraryPrefixes.end(), M.LibraryPrefixes.begin(),
                         M.LibraryPrefixes.end());
  for (const llvm::StringRef &T : M.LoopTypes)
    LoopTypes.push_back({&T, &M});
  for (const llvm::StringRef &Folder : M.LibraryHeaders)
    LibraryHeaderFolders.insert(Folder);
}

bool ModelIndex::isLibraryHeader(llvm::StringRef Path) const {
  llvm::StringRef Folders = llvm::sys::path::parent_path(Path);
  return std::any_of(llvm::sys::path::begin(Folders),
                     llvm::sys::path::end(Folders), [&](llvm::StringRef Part) {
                       return LibraryHeaderFolders.contains(Part);
                     });
}

ModelRule<llvm::StringRef>
ModelIndex::loopType(llvm::StringRef QualifiedName) const {
  for (const ModelRule<llvm::StringRef> &T : LoopTypes)
    if (matchesName(*T.R, QualifiedName))
      return T;
  return {};
}

bool ModelIndex::mayNameCallee(llvm::StringRef Key) const {
  return Sinks.mayMatch(Key) || Registrations.mayMatch(Key) ||
         Offloads.mayMatch(Key) || HandleBindings.mayMatch(Key) ||
         CallableWrappers.mayMatch(Key) || ObjectFactories.mayMatch(Key) ||
         FutureCompleters.mayMatch(Key) || ThreadMoves.mayMatch(Key) ||
         FutureWatches.mayMatch(Key) || CallableReferences.mayMatch(Key);
}

} // namespace clang::tidy::eventloop
