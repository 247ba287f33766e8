//===--- SyncClientCheck.cpp - eventloop-sync-client ----------------------===//

#include "SyncClientCheck.h"
#include "SharedRoutes.h"

namespace clang::tidy::eventloop {

void SyncClientCheck::tellFindings(const LoopContext &Analysis,
                                   const TellSettings &Settings,
                                   std::vector<Report> &Out) {
  const Program &P = Analysis.program();
  size_t First = Out.size();
  for (const Finding &F : Analysis.findings(FindingKind::SyncClient)) {
    const Program::Site &Start = P.Sites[F.start()];
    const facts::SiteDetail &Construct = P.detail(P.Sites[F.sink()]);
    std::string Type = Construct.ConstructedQualified.str();
    Report R = startReport(SyncClientCheckName, Analysis, F);
    const ProgramPlace &At = R.Loc;
    std::string Label = R.Framework.str();

    if (F.Beyond.empty()) {
      // A listed client: its requests block, its constructor does not.
      R.Message = "callback constructs the synchronous client '" + Type +
                  "'; each of its requests blocks the " + Label + " loop";
      R.Notes.push_back({At,
                         "consider an asynchronous client, or making the "
                         "requests on another thread",
                         NoteRole::Advice});
      R.CuredAtSink = true;
      Out.push_back(std::move(R));
      continue;
    }

    const facts::Site &Inner = *P.Sites[F.Beyond.back()].S;
    const SinkRule &Rule = Analysis.sinkRule(Inner);
    bool Runs = Rule.Kind == SinkKind::LoopRun;
    // Another thread cures a loop or a wait that is neither the callback's
    // own loop nor a GUI object's; but an object that belongs to the thread
    // that makes it (a QObject) must be made on the loop's own thread.
    bool Curable = !Rule.Gui && F.Relation != LoopRelation::Same;
    bool Offloadable = Curable && !Construct.ThreadAffine;
    if (Offloadable) {
      if (F.Path.size() == 1)
        R.Fix = offloadConstruction(Start.S->Fix, P.unit(Start.Unit),
                                    Start.Unit, Settings.Offload);
      else if (Start.S->Kind == facts::SiteKind::Call && Start.S->Fix.IsCall)
        R.Fix = offloadCall(Start.S->Fix, Start.Unit, Settings.Offload);
    }
    std::string Through =
        quotedName(F.LoopName) + " through '" + Inner.Api.str() + "'";
    std::string Does =
        !Runs ? "blocks in '" + Inner.Api.str() + "'"
        : F.Relation == LoopRelation::Same
            ? "re-enters the callback's " + Label + " loop" + Through
        : F.Relation == LoopRelation::Private ? "runs a private loop" + Through
                                              : "runs a loop" + Through;
    R.Message = "callback constructs the synchronous client '" + Type +
                "', whose constructor " + Does;
    R.CuredAtSink = !R.Fix;
    // A constructor that no other thread may run is cured on its way to
    // the loop run or wait: every construction whose constructor reaches
    // the same one is one defect, of one class or several (qTox's chat
    // forms, each loading its history; SharedRoutes.h).
    if (!Offloadable) {
      R.Sites.append(F.Beyond.begin(), F.Beyond.end());
      R.Defect = "callback constructs a synchronous client, whose "
                 "constructor " +
                 Does;
    }
    if (!R.Fix)
      R.Notes.push_back(
          {At,
           Offloadable ? "no automatic fix-it: only a declaration 'T v(args);' "
                         "of a movable type is rewritten"
           : Curable   ? "no automatic fix-it: '" + Type +
                             "' belongs to the thread that makes it"
                       : "no automatic fix-it: offloading cannot cure this",
           NoteRole::Advice});
    Out.push_back(std::move(R));
  }
  if (Settings.OneWarningPerDefect)
    mergeSharedRoutes(P, Out, First);
}

} // namespace clang::tidy::eventloop
