//===--- BlockingCallCheck.cpp - eventloop-blocking-call ------------------===//

#include "BlockingCallCheck.h"
#include "SharedRoutes.h"

namespace clang::tidy::eventloop {

void BlockingCallCheck::tellFindings(const LoopContext &Analysis,
                                     const TellSettings &Settings,
                                     std::vector<Report> &Out) {
  const Program &P = Analysis.program();
  size_t First = Out.size();
  for (const Finding &F : Analysis.findings(FindingKind::Blocking)) {
    if (Settings.SyncClientEnabled && Analysis.startsSyncClient(F.start()))
      continue;
    const facts::Site &Sink = *P.Sites[F.sink()].S;
    const SinkRule &Rule = Analysis.sinkRule(Sink);
    Report R = startReport(BlockingCallCheckName, Analysis, F);
    R.CuredAtSink = true;
    const ProgramPlace &At = R.Loc;
    std::string Label = R.Framework.str();
    // No fix-it: offloading a wait and then waiting still blocks the loop.
    if (F.Relation == LoopRelation::Same)
      R.Message = "callback waits in '" + Sink.Api.str() +
                  "' for a future that its own " + Label + " loop" +
                  quotedName(F.LoopName) + " must complete; this deadlocks";
    else
      R.Message =
          "callback blocks its " + Label + " loop in '" + Sink.Api.str() + "'";
    if (F.CompletedAt.valid())
      R.Notes.push_back({F.CompletedAt,
                         "the future is completed by work on the same loop, "
                         "queued here",
                         NoteRole::Advice});
    if (!Rule.Alternative.empty())
      R.Notes.push_back({At, "consider " + Rule.Alternative.str() + " instead",
                         NoteRole::Advice});
    Out.push_back(std::move(R));
  }
  if (Settings.OneWarningPerDefect)
    mergeSharedRoutes(P, Out, First);
}

} // namespace clang::tidy::eventloop
