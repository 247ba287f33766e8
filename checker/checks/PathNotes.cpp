//===--- PathNotes.cpp - A finding's path, told as notes ------------------===//

#include "PathNotes.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::eventloop {

static const char *hopVerb(facts::SiteKind K) {
  switch (K) {
  case facts::SiteKind::Call:
    return "calls";
  case facts::SiteKind::Construct:
    return "constructs";
  case facts::SiteKind::Destroy:
    return "destroys";
  case facts::SiteKind::PassCallable:
    return "passes";
  }
  llvm_unreachable("a site kind without a verb");
}

/// The notes of the sites \p Sites, which run from a caller to a sink; the
/// first is left out when it is the start, which the warning itself shows.
static void addHops(const Program &P, llvm::ArrayRef<unsigned> Sites,
                    bool FirstIsStart, std::vector<Note> &Out) {
  for (size_t I = FirstIsStart ? 1 : 0; I < Sites.size(); ++I) {
    const Program::Site &PS = P.Sites[Sites[I]];
    const facts::Site &S = *PS.S;
    ProgramPlace At{PS.Unit, S.Loc};
    std::string Caller = P.function(PS.Caller).Name.str();
    if (I + 1 < Sites.size()) {
      const facts::Function &Next = P.function(P.Sites[Sites[I + 1]].Caller);
      // A constructor or destructor is named by its class.
      std::string Callee = (S.Kind == facts::SiteKind::Construct ||
                            S.Kind == facts::SiteKind::Destroy) &&
                                   !Next.Class.empty()
                               ? "'" + Next.Class.str() + "'"
                               : Next.Name.str();
      if (S.Kind == facts::SiteKind::PassCallable)
        Out.push_back({At, Caller + " passes " + Callee + " to '" +
                               S.PassedTo.str() + "', which may call it"});
      else
        Out.push_back(
            {At, Caller + " " + hopVerb(S.Kind) + " " + Callee + " here"});
      continue;
    }
    if (S.Sink.valid())
      Out.push_back({At,
                     Caller + (S.SinkKind == static_cast<uint8_t>(
                                                 SinkKind::LoopRun)
                                   ? " runs the event loop here"
                                   : " blocks here"),
                     NoteRole::Sink});
    else if (!S.Constructed.empty())
      Out.push_back({At, Caller + " constructs '" + S.Constructed.str() +
                             "' here",
                     NoteRole::Sink});
  }
}

std::vector<Note> pathNotes(const LoopContext &Analysis, const Finding &F) {
  const Program &P = Analysis.program();
  std::vector<Note> Notes;
  addHops(P, F.Path, /*FirstIsStart=*/true, Notes);
  addHops(P, F.Beyond, /*FirstIsStart=*/false, Notes);
  const facts::Root &R = *F.R->R;
  Notes.push_back({{F.R->Unit, R.Loc},
                   R.Api.empty() ? R.Why.str()
                                 : "callback registered with '" + R.Api.str() +
                                       "' here",
                   NoteRole::Registration});
  return boundPath(std::move(Notes));
}

std::vector<Note> boundPath(std::vector<Note> Notes) {
  // Runs of equal hops: one note with the count.
  std::vector<Note> Folded;
  for (Note &N : Notes) {
    if (!Folded.empty() && N.Role != NoteRole::Registration &&
        Folded.back().Role == N.Role && Folded.back().Loc.Unit == N.Loc.Unit &&
        Folded.back().Loc.At == N.Loc.At && Folded.back().Text == N.Text) {
      ++Folded.back().Hops;
      continue;
    }
    Folded.push_back(std::move(N));
  }
  for (Note &N : Folded)
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
  Note Elided{Folded[Head].Loc,
              llvm::utostr(Left) + " more calls on the path are not shown",
              NoteRole::Elided, Left};
  std::vector<Note> Bounded(std::make_move_iterator(Folded.begin()),
                            std::make_move_iterator(Folded.begin() + Head));
  Bounded.push_back(std::move(Elided));
  Bounded.insert(Bounded.end(), std::make_move_iterator(Folded.begin() + Tail),
                 std::make_move_iterator(Folded.end()));
  return Bounded;
}

} // namespace clang::tidy::eventloop
