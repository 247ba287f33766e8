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
    const facts::Site &Construct = *P.Sites[F.sink()].S;
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
    // An object that belongs to the thread that makes it (a QObject) must
    // be made on the loop's own thread.
    bool Offloadable = !Rule.Gui && F.Relation != LoopRelation::Same &&
                       !Construct.ThreadAffine;
    if (Offloadable) {
      if (F.Path.size() == 1)
        R.Fix = offloadConstruction(Start.S->Fix, P.unit(Start.Unit),
                                    Start.Unit, Settings.Offload);
      else if (Start.S->Kind == facts::SiteKind::Call && Start.S->Fix.IsCall)
        R.Fix = offloadCall(Start.S->Fix, Start.Unit, Settings.Offload);
    }
    const char *Which = F.Relation == LoopRelation::Same      ? "its own loop"
                        : F.Relation == LoopRelation::Private ? "a private loop"
                                                              : "a loop";
    R.Message = "callback constructs the synchronous client '" + Type +
                "', whose constructor " +
                (Runs ? std::string("runs ") + Which + quotedName(F.LoopName) +
                            " through '" + Inner.Api.str() + "'"
                      : "blocks in '" + Inner.Api.str() + "'");
    R.CuredAtSink = !R.Fix;
    if (!R.Fix)
      R.Notes.push_back(
          {At,
           Offloadable ? "no automatic fix-it: only a declaration 'T v(args);' "
                         "of a movable type is rewritten"
           : Construct.ThreadAffine && !Rule.Gui &&
                   F.Relation != LoopRelation::Same
               ? "no automatic fix-it: '" + Type +
                     "' belongs to the thread that makes it"
               : "no automatic fix-it: offloading cannot cure this",
           NoteRole::Advice});
    Out.push_back(std::move(R));
  }
  if (Settings.OneWarningPerDefect)
    mergeSharedRoutes(P, Out, First);
}

} // namespace clang::tidy::eventloop
