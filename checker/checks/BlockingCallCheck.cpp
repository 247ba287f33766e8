//===--- BlockingCallCheck.cpp - eventloop-blocking-call ------------------===//

#include "BlockingCallCheck.h"
#include "../analysis/Describe.h"

namespace clang::tidy::eventloop {

void BlockingCallCheck::report(const LoopContext &Analysis, ASTContext &Ctx) {
  const CallGraph &G = Analysis.graph();
  for (const Finding &F : Analysis.findings(FindingKind::Blocking)) {
    if (reportedAsSyncClient(Analysis, F.start()))
      continue;
    const CallSite &Start = G.Sites[F.start()];
    const CallSite &Sink = G.Sites[F.sink()];
    std::string Api = apiName(Sink.Named, Sink.E);
    // No fix-it: offloading a wait and then waiting still blocks the loop.
    if (F.Relation == LoopRelation::Same)
      diag(Start.Loc, "callback waits in '%0' for a future that its own %1 "
                      "loop%2 must complete; this deadlocks")
          << Api << loopLabel(Analysis, F) << quotedName(F.LoopName);
    else
      diag(Start.Loc, "callback blocks its %0 loop in '%1'")
          << loopLabel(Analysis, F) << Api;
    notePath(Analysis, F);
    if (F.CompletedAt.isValid())
      diag(F.CompletedAt,
           "the future is completed by work on the same loop, "
           "queued here",
           DiagnosticIDs::Note);
    if (!Sink.Sink->Alternative.empty())
      diag(Start.Loc, "consider %0 instead", DiagnosticIDs::Note)
          << Sink.Sink->Alternative;
  }
}

} // namespace clang::tidy::eventloop
