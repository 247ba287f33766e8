//===--- EventLoopCheck.cpp - What the three checks share -----------------===//

#include "EventLoopCheck.h"
#include "../analysis/Describe.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::eventloop {

namespace {
struct ListOption {
  const char *Name;
  std::vector<std::string> AnalysisOptions::*Field;
  const char *Default;
};
const ListOption ListOptions[] = {
    {"CallbackFunctions", &AnalysisOptions::CallbackFunctions, ""},
    {"RegistrationFunctions", &AnalysisOptions::RegistrationFunctions, ""},
    {"OffloadFunctions", &AnalysisOptions::OffloadFunctions, ""},
    {"LoopRunFunctions", &AnalysisOptions::LoopRunFunctions, ""},
    {"BlockingFunctions", &AnalysisOptions::BlockingFunctions, ""},
    {"SyncClientTypes", &AnalysisOptions::SyncClientTypes,
     "::httplib::Client;::httplib::SSLClient"},
};

/// Why \p Pattern is not a qualified-name pattern, or empty.
std::string checkPattern(StringRef Pattern) {
  StringRef Rest = Pattern;
  Rest.consume_front("::");
  if (Rest.empty())
    return "a pattern is empty";
  llvm::SmallVector<StringRef, 8> Parts;
  Rest.split(Parts, "::");
  for (StringRef Part : Parts) {
    if (Part.empty())
      return "'" + Pattern.str() + "' has an empty name part";
    for (char C : Part)
      if (!(isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '*' ||
            C == '~' || C == '(' || C == ')'))
        return "'" + Pattern.str() + "' holds '" + std::string(1, C) +
               "', which no qualified name has";
  }
  return {};
}
} // namespace

EventLoopCheck::EventLoopCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(Context) {
  for (const ListOption &O : ListOptions) {
    StringRef Value = Options.getLocalOrGlobal(O.Name, O.Default);
    for (StringRef Item : utils::options::parseStringList(Value)) {
      Item = Item.trim();
      if (Item.empty())
        continue;
      if (std::string Why = checkPattern(Item); !Why.empty()) {
        configurationDiag("invalid value '%0' for option '%1.%2': %3",
                          DiagnosticIDs::Error)
            << Value << Name << O.Name << Why;
        continue;
      }
      (Analysis.*O.Field).push_back(Item.str());
    }
  }
}

void EventLoopCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  for (const ListOption &O : ListOptions) {
    std::vector<StringRef> Items((Analysis.*O.Field).begin(),
                                 (Analysis.*O.Field).end());
    Options.store(Opts, O.Name, utils::options::serializeStringList(Items));
  }
}

void EventLoopCheck::registerMatchers(MatchFinder *Finder) {
  // The analysis walks the whole TU itself; one match starts it.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void EventLoopCheck::check(const MatchFinder::MatchResult &Result) {
  Held = LoopContext::get(*Result.Context, Analysis);
  report(*Held, *Result.Context);
}

std::string EventLoopCheck::quotedName(StringRef Name) {
  return Name.empty() ? std::string() : " '" + Name.str() + "'";
}

StringRef EventLoopCheck::loopLabel(const LoopContext &Analysis,
                                    const Finding &F) {
  if (F.R->Model && F.R->Model->LoopLabel != "event")
    return F.R->Model->LoopLabel;
  const CallSite &Sink = Analysis.graph().Sites[F.sink()];
  if (Sink.Sink && Sink.Sink.Model->LoopLabel != "event")
    return Sink.Sink.Model->LoopLabel;
  return "event";
}

bool EventLoopCheck::reportedAsSyncClient(const LoopContext &Analysis,
                                          unsigned Site) const {
  if (!TidyContext->isCheckEnabled("eventloop-sync-client"))
    return false;
  return Analysis.startsSyncClient(Site);
}

static const char *hopVerb(SiteKind K) {
  switch (K) {
  case SiteKind::Call:
    return "calls";
  case SiteKind::Construct:
    return "constructs";
  case SiteKind::Destroy:
    return "destroys";
  case SiteKind::PassCallable:
    return "passes";
  }
  return "calls";
}

void EventLoopCheck::notePath(const LoopContext &Analysis, const Finding &F) {
  const CallGraph &G = Analysis.graph();
  auto NoteSites = [&](llvm::ArrayRef<unsigned> Sites, bool FirstIsStart) {
    for (size_t I = FirstIsStart ? 1 : 0; I < Sites.size(); ++I) {
      const CallSite &S = G.Sites[Sites[I]];
      std::string Caller = describeFunction(G.function(S.Caller));
      if (I + 1 < Sites.size()) {
        const FunctionDecl *Next = G.function(G.Sites[Sites[I + 1]].Caller);
        // A constructor or destructor is named by its class.
        std::string Callee =
            (S.Kind == SiteKind::Construct || S.Kind == SiteKind::Destroy) &&
                    isa<CXXMethodDecl>(Next)
                ? "'" +
                      cast<CXXMethodDecl>(Next)->getParent()->getName().str() +
                      "'"
                : describeFunction(Next);
        if (S.Kind == SiteKind::PassCallable)
          diag(S.Loc, "%0 passes %1 to '%2', which may call it",
               DiagnosticIDs::Note)
              << Caller << Callee << (S.PassedTo ? apiName(S.PassedTo) : "");
        else
          diag(S.Loc, "%0 %1 %2 here", DiagnosticIDs::Note)
              << Caller << hopVerb(S.Kind) << Callee;
        continue;
      }
      if (S.Sink)
        diag(S.Loc,
             S.Sink->Kind == SinkKind::LoopRun ? "%0 runs the event loop here"
                                               : "%0 blocks here",
             DiagnosticIDs::Note)
            << Caller;
      else if (S.Constructed)
        diag(S.Loc, "%0 constructs '%1' here", DiagnosticIDs::Note)
            << Caller << S.Constructed->getName();
    }
  };
  NoteSites(F.Path, /*FirstIsStart=*/true);
  NoteSites(F.Beyond, /*FirstIsStart=*/false);
  if (!F.R->Api.empty())
    diag(F.R->Loc, "callback registered with '%0' here", DiagnosticIDs::Note)
        << F.R->Api;
  else
    diag(F.R->Loc, "%0", DiagnosticIDs::Note) << F.R->Why;
}

} // namespace clang::tidy::eventloop
