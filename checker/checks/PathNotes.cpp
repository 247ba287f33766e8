//===--- PathNotes.cpp - A finding's path, told as notes ------------------===//

#include "PathNotes.h"
#include "../analysis/Describe.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::eventloop {

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
  llvm_unreachable("a site kind without a verb");
}

/// The notes of the sites \p Sites, which run from a caller to a sink; the
/// first is left out when it is the start, which the warning itself shows.
static void addHops(const CallGraph &G, llvm::ArrayRef<unsigned> Sites,
                    bool FirstIsStart, std::vector<PathNote> &Out) {
  for (size_t I = FirstIsStart ? 1 : 0; I < Sites.size(); ++I) {
    const CallSite &S = G.Sites[Sites[I]];
    std::string Caller = describeFunction(G.function(S.Caller));
    if (I + 1 < Sites.size()) {
      const FunctionDecl *Next = G.function(G.Sites[Sites[I + 1]].Caller);
      // A constructor or destructor is named by its class.
      std::string Callee =
          (S.Kind == SiteKind::Construct || S.Kind == SiteKind::Destroy) &&
                  isa<CXXMethodDecl>(Next)
              ? "'" + cast<CXXMethodDecl>(Next)->getParent()->getName().str() +
                    "'"
              : describeFunction(Next);
      if (S.Kind == SiteKind::PassCallable)
        Out.push_back({S.Loc, Caller + " passes " + Callee + " to '" +
                                  (S.PassedTo ? apiName(S.PassedTo) : "") +
                                  "', which may call it"});
      else
        Out.push_back(
            {S.Loc, Caller + " " + hopVerb(S.Kind) + " " + Callee + " here"});
      continue;
    }
    if (S.Sink)
      Out.push_back({S.Loc,
                     Caller + (S.Sink->Kind == SinkKind::LoopRun
                                   ? " runs the event loop here"
                                   : " blocks here"),
                     NoteRole::Sink});
    else if (S.Constructed)
      Out.push_back({S.Loc,
                     Caller + " constructs '" + S.Constructed->getName().str() +
                         "' here",
                     NoteRole::Sink});
  }
}

std::vector<PathNote> pathNotes(const LoopContext &Analysis, const Finding &F) {
  const CallGraph &G = Analysis.graph();
  std::vector<PathNote> Notes;
  addHops(G, F.Path, /*FirstIsStart=*/true, Notes);
  addHops(G, F.Beyond, /*FirstIsStart=*/false, Notes);
  Notes.push_back({F.R->Loc,
                   F.R->Api.empty()
                       ? F.R->Why
                       : "callback registered with '" + F.R->Api + "' here",
                   NoteRole::Registration});
  return Notes;
}

std::vector<PathNote> boundPath(std::vector<PathNote> Notes) {
  // Runs of equal hops: one note with the count.
  std::vector<PathNote> Folded;
  for (PathNote &N : Notes) {
    if (!Folded.empty() && N.Role != NoteRole::Registration &&
        Folded.back().Role == N.Role && Folded.back().Loc == N.Loc &&
        Folded.back().Text == N.Text) {
      ++Folded.back().Hops;
      continue;
    }
    Folded.push_back(std::move(N));
  }
  for (PathNote &N : Folded)
    if (N.Hops > 1)
      N.Text += ", through " + llvm::utostr(N.Hops) + " instantiations";

  // The hops are all but the registration, which always shows.
  size_t Hops = Folded.size() - (!Folded.empty() &&
                                 Folded.back().Role == NoteRole::Registration);
  if (Hops <= MaxShownHops)
    return Folded;
  size_t Head = MaxShownHops - TailHops - 1;
  size_t Tail = Hops - TailHops;
  unsigned Left = 0;
  for (size_t I = Head; I < Tail; ++I)
    Left += Folded[I].Hops;
  PathNote Elided{Folded[Head].Loc,
                  llvm::utostr(Left) + " more calls on the path are not shown",
                  NoteRole::Elided, Left};
  std::vector<PathNote> Bounded(std::make_move_iterator(Folded.begin()),
                                std::make_move_iterator(Folded.begin() + Head));
  Bounded.push_back(std::move(Elided));
  Bounded.insert(Bounded.end(), std::make_move_iterator(Folded.begin() + Tail),
                 std::make_move_iterator(Folded.end()));
  return Bounded;
}

} // namespace clang::tidy::eventloop
