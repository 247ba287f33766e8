//===--- SyncClientCheck.cpp - eventloop-sync-client ----------------------===//

#include "SyncClientCheck.h"
#include "../analysis/Describe.h"
#include "../analysis/QualifiedName.h"
#include "../fixits/OffloadRewrite.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::eventloop {

void SyncClientCheck::report(const LoopContext &Analysis, ASTContext &Ctx) {
  const CallGraph &G = Analysis.graph();
  for (const Finding &F : Analysis.findings(FindingKind::SyncClient)) {
    const CallSite &Start = G.Sites[F.start()];
    const CallSite &Construct = G.Sites[F.sink()];
    std::string Type = qualifiedName(Construct.Constructed);
    StringRef Label = loopLabel(Analysis, F);

    if (F.Beyond.empty()) {
      // A listed client: its requests block, its constructor does not.
      diag(Start.Loc, "callback constructs the synchronous client '%0'; each "
                      "of its requests blocks the %1 loop")
          << Type << Label;
      notePath(Analysis, F);
      diag(Start.Loc,
           "consider an asynchronous client, or making the requests on "
           "another thread",
           DiagnosticIDs::Note);
      continue;
    }

    const CallSite &Inner = G.Sites[F.Beyond.back()];
    std::string Api = apiName(Inner.Named, Inner.E);
    bool Runs = Inner.Sink->Kind == SinkKind::LoopRun;
    bool Offloadable =
        !Inner.Sink->Gui && F.Relation != LoopRelation::Same;
    std::optional<FixItHint> Fix;
    if (Offloadable && Start.E) {
      if (F.Path.size() == 1)
        Fix = offloadConstruction(Start.E, Offload, Ctx);
      else if (Start.Kind == SiteKind::Call)
        Fix = offloadCall(Start.E, Offload, Ctx);
    }
    {
      auto D = diag(Start.Loc,
                    "callback constructs the synchronous client '%0', whose "
                    "constructor %select{blocks in '%3'|runs "
                    "%select{its own loop|a private loop|a loop}2%4 through "
                    "'%3'}1")
               << Type << (Runs ? 1 : 0)
               << (F.Relation == LoopRelation::Same      ? 0
                   : F.Relation == LoopRelation::Private ? 1
                                                         : 2)
               << Api << quotedName(F.LoopName);
      if (Fix)
        addOffload(D, *Fix, Start.Loc, Ctx.getSourceManager());
    }
    notePath(Analysis, F);
    if (!Fix)
      diag(Start.Loc,
           Offloadable ? "no automatic fix-it: only a declaration 'T v(args);' "
                         "of a movable type is rewritten"
                       : "no automatic fix-it: offloading cannot cure this",
           DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::eventloop
