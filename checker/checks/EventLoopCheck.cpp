//===--- EventLoopCheck.cpp - What the three checks share -----------------===//

#include "EventLoopCheck.h"
#include "ConfiguredOptions.h"
#include "PathNotes.h"
#include "../analysis/Describe.h"
#include "../analysis/QualifiedName.h"
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

} // namespace

EventLoopCheck::EventLoopCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(Context) {
  const ClangTidyOptions::OptionMap &Map = Context->getOptions().CheckOptions;
  for (const ListOption &O : ListOptions) {
    std::optional<WrittenOption> Written = findOption(Map, Name, O.Name);
    StringRef Value = Written ? StringRef(Written->Value) : O.Default;
    // A bad pattern is left out; the others still apply.
    for (StringRef Item : utils::options::parseStringList(Value)) {
      Item = Item.trim();
      if (Item.empty())
        continue;
      if (std::string Why = whyNotAPattern(Item); !Why.empty()) {
        reportBadOption(*Context, Name, *Written, AllChecks,
                        Why + "; the pattern is ignored");
        continue;
      }
      (Analysis.*O.Field).push_back(Item.str());
    }
  }
  // Code already offloaded by a check's own template is off the loop, for
  // every check: each offload check reports its own bad template.
  for (StringRef Check : OffloadChecks) {
    std::string Template =
        readOffloadSetting(Map, Check, [](const WrittenOption &, StringRef) {})
            .Template;
    if (!llvm::is_contained(Analysis.OffloadTemplates, Template))
      Analysis.OffloadTemplates.push_back(std::move(Template));
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

void EventLoopCheck::notePath(const LoopContext &Analysis, const Finding &F) {
  for (const PathNote &N : boundPath(pathNotes(Analysis, F)))
    diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Text;
}

} // namespace clang::tidy::eventloop
