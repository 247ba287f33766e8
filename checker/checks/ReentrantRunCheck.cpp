//===--- ReentrantRunCheck.cpp - eventloop-reentrant-run ------------------===//

#include "ReentrantRunCheck.h"
#include "SharedRoutes.h"

namespace clang::tidy::eventloop {

void ReentrantRunCheck::tellFindings(const LoopContext &Analysis,
                                     const TellSettings &Settings,
                                     std::vector<Report> &Out) {
  const Program &P = Analysis.program();
  size_t First = Out.size();
  for (const Finding &F : Analysis.findings(FindingKind::LoopRun)) {
    if (Settings.SyncClientEnabled && Analysis.startsSyncClient(F.start()))
      continue;
    const Program::Site &Start = P.Sites[F.start()];
    const facts::Site &Sink = *P.Sites[F.sink()].S;
    const SinkRule &Rule = Analysis.sinkRule(Sink);
    std::string Api = Sink.Api.str();
    Report R = startReport(ReentrantRunCheckName, Analysis, F);
    const ProgramPlace &At = R.Loc;
    std::string Label = R.Framework.str();
    auto Advise = [&](std::string Text) {
      R.Notes.push_back({At, std::move(Text), NoteRole::Advice});
    };

    if (F.Relation == LoopRelation::Same) {
      R.Message = "callback re-enters its own " + Label + " loop" +
                  quotedName(F.LoopName) + " through '" + Api + "'" +
                  (Rule.Rule.empty() ? "" : "; " + Rule.Rule.str());
      Advise("no fix-it can cure this: consider " +
             (Rule.Alternative.empty()
                  ? std::string("returning to the loop and continuing in a "
                                "callback")
                  : Rule.Alternative.str()) +
             " instead");
      R.CuredAtSink = true;
      Out.push_back(std::move(R));
      continue;
    }

    if (Rule.Gui) {
      R.Message = "callback blocks its " + Label + " loop in the modal loop " +
                  "of '" + Api + "'; GUI objects must stay on the GUI thread";
      if (!Rule.Alternative.empty())
        Advise("consider " + Rule.Alternative.str() + " instead");
      Out.push_back(std::move(R));
      continue;
    }

    // A private or unknown loop: run it on another thread and wait there.
    OffloadTemplate Template = Settings.Offload;
    if (F.Path.size() == 1 && !Rule.DirectOffload.empty())
      Template = OffloadTemplate(Rule.DirectOffload);
    else if (!Rule.PathOffload.empty())
      Template = OffloadTemplate(Rule.PathOffload);
    std::string WhyNot;
    const facts::Rewrite &Fix = Start.S->Fix;
    if ((Start.S->Kind == facts::SiteKind::Call ||
         Start.S->Kind == facts::SiteKind::PassCallable) &&
        Fix.IsCall)
      R.Fix = offloadCall(Fix, Start.Unit, Template);
    else if (Start.S->Kind == facts::SiteKind::Construct &&
             Fix.Reason != facts::Rewrite::NoText)
      R.Fix =
          offloadConstruction(Fix, P.unit(Start.Unit), Start.Unit, Template);
    else
      WhyNot = "the loop starts where no call is written";
    if (!R.Fix && WhyNot.empty())
      WhyNot = whyNoRewrite(Fix);
    if (!R.Fix && WhyNot.empty())
      WhyNot = "the call cannot be rewritten safely";
    R.Message = "callback blocks its " + Label + " loop until the " +
                (F.Relation == LoopRelation::Private ? "private " : "") +
                "loop" + quotedName(F.LoopName) + " run by '" + Api +
                "' returns; consider running it on another thread";
    if (!R.Fix)
      Advise("no automatic fix-it: " + WhyNot);
    R.CuredAtSink = !R.Fix;
    Out.push_back(std::move(R));
  }
  if (Settings.OneWarningPerDefect)
    mergeSharedRoutes(P, Out, First);
}

} // namespace clang::tidy::eventloop
