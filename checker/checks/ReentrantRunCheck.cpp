//===--- ReentrantRunCheck.cpp - eventloop-reentrant-run ------------------===//

#include "ReentrantRunCheck.h"
#include "../analysis/Describe.h"
#include "../fixits/OffloadRewrite.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::eventloop {

void ReentrantRunCheck::report(const LoopContext &Analysis, ASTContext &Ctx) {
  const CallGraph &G = Analysis.graph();
  for (const Finding &F : Analysis.findings(FindingKind::LoopRun)) {
    if (reportedAsSyncClient(Analysis, F.start()))
      continue;
    const CallSite &Start = G.Sites[F.start()];
    const CallSite &Sink = G.Sites[F.sink()];
    const SinkRule &Rule = *Sink.Sink.R;
    std::string Api = apiName(Sink.Named, Sink.E);
    StringRef Label = loopLabel(Analysis, F);

    if (F.Relation == LoopRelation::Same) {
      diag(Start.Loc, "callback re-enters its own %0 loop%1 through '%2'%3")
          << Label << quotedName(F.LoopName) << Api
          << (Rule.Rule.empty() ? std::string() : "; " + Rule.Rule.str());
      notePath(Analysis, F);
      diag(Start.Loc, "no fix-it can cure this: consider %0 instead",
           DiagnosticIDs::Note)
          << (Rule.Alternative.empty()
                  ? StringRef("returning to the loop and continuing in a "
                              "callback")
                  : Rule.Alternative);
      continue;
    }

    if (Rule.Gui) {
      diag(Start.Loc, "callback blocks its %0 loop in the modal loop of '%1'; "
                      "GUI objects must stay on the GUI thread")
          << Label << Api;
      notePath(Analysis, F);
      if (!Rule.Alternative.empty())
        diag(Start.Loc, "consider %0 instead", DiagnosticIDs::Note)
            << Rule.Alternative;
      continue;
    }

    // A private or unknown loop: run it on another thread and wait there.
    StringRef Template = Offload.text();
    if (F.Path.size() == 1 && !Rule.DirectOffload.empty())
      Template = Rule.DirectOffload;
    else if (!Rule.PathOffload.empty())
      Template = Rule.PathOffload;
    std::optional<FixItHint> Fix;
    std::string WhyNot;
    // A thread-affine loop must be made inside the offloaded call, that is,
    // by a function after the root on the path.
    auto MadeInCall = [&] {
      llvm::SmallVector<unsigned, 4> Nodes = Analysis.nodesOn(F);
      return F.LoopOwner &&
             llvm::any_of(llvm::drop_begin(Nodes), [&](unsigned N) {
               return G.function(N) == F.LoopOwner;
             });
    };
    bool Affine = Rule.ThreadAffine && !MadeInCall();
    if (Affine)
      WhyNot = "the loop was made outside the call, and it must run on the "
               "thread that made it";
    else if ((Start.Kind == SiteKind::Call ||
              Start.Kind == SiteKind::PassCallable) &&
             Start.E && isa<CallExpr>(Start.E))
      Fix = offloadCall(Start.E, OffloadTemplate(Template), Ctx);
    else if (Start.Kind == SiteKind::Construct && Start.E)
      Fix = offloadConstruction(Start.E, OffloadTemplate(Template), Ctx);
    else
      WhyNot = "the loop starts where no call is written";
    if (!Fix && WhyNot.empty())
      WhyNot = Start.E ? whyNoRewrite(CharSourceRange::getTokenRange(
                                          Start.E->getSourceRange()),
                                      Ctx)
                       : "";
    if (!Fix && WhyNot.empty())
      WhyNot = "the call cannot be rewritten safely";
    {
      auto D = diag(Start.Loc, "callback blocks its %0 loop until the "
                               "%select{private |}1loop%2 run by '%3' "
                               "returns%select{; consider running it on "
                               "another thread|}4")
               << Label << (F.Relation == LoopRelation::Private ? 0 : 1)
               << quotedName(F.LoopName) << Api << (Affine ? 1 : 0);
      if (Fix)
        addOffload(D, *Fix, Start.Loc, Ctx.getSourceManager());
    }
    notePath(Analysis, F);
    if (!Fix)
      diag(Start.Loc, "no automatic fix-it: %0", DiagnosticIDs::Note) << WhyNot;
    if (Affine && !Rule.Alternative.empty())
      diag(Start.Loc, "consider %0 instead", DiagnosticIDs::Note)
          << Rule.Alternative;
  }
}

} // namespace clang::tidy::eventloop
