//===--- PathNotes.cpp - A finding's path, told as notes ------------------===//

#include "PathNotes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

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

/// The note of one hop: site \p Id runs function \p Next.
static Note hopNote(const Program &P, unsigned Id, unsigned Next) {
  const Program::Site &PS = P.Sites[Id];
  const facts::Site &S = *PS.S;
  ProgramPlace At{PS.Unit, S.Loc};
  std::string Caller = P.function(PS.Caller).Name.str();
  const facts::Function &To = P.function(Next);
  // A constructor or destructor is named by its class.
  std::string Callee = (S.Kind == facts::SiteKind::Construct ||
                        S.Kind == facts::SiteKind::Destroy) &&
                               !To.Class.empty()
                           ? "'" + To.Class.str() + "'"
                           : To.Name.str();
  if (S.Kind == facts::SiteKind::PassCallable)
    return {At, Caller + " passes " + Callee + " to '" + S.PassedTo.str() +
                    "', which may call it"};
  if (const Program::Connection *C = P.connectionOf(Id, Next)) {
    const facts::Root &R = *C->R;
    std::string ConnectedAt =
        llvm::sys::path::filename(P.file(C->Unit, R.Loc)).str() + ":" +
        llvm::utostr(R.Loc.Line);
    // A relay's site is the connection of the first signal to the second.
    if (const facts::Root *Relay = P.relayOf(Id))
      return {At, "'" + Relay->Trigger.str() + "' is relayed here as '" +
                      R.Trigger.str() + "', connected to " + Callee + " at " +
                      ConnectedAt};
    return {At, Caller + " emits '" + R.Trigger.str() +
                    "' here, connected to " + Callee + " at " + ConnectedAt};
  }
  if (const facts::Root *By = P.runAtOnceBy(Id))
    return {At, Caller + " calls " + Callee + " through '" + By->Api.str() +
                    "' here"};
  return {At, Caller + " " + hopVerb(S.Kind) + " " + Callee + " here"};
}

/// The notes of the sites \p Sites, which run from a caller to a sink; the
/// first is left out when it is the start, which the warning itself shows.
static void addHops(const Program &P, llvm::ArrayRef<unsigned> Sites,
                    bool FirstIsStart, std::vector<Note> &Out) {
  // An emit that starts the path: which callback it runs, and where that
  // was connected, is not in the warning; nor the callback that a single
  // call runs at once.
  if (FirstIsStart && Sites.size() > 1 &&
      (P.connectionOf(Sites[0], P.Sites[Sites[1]].Caller) ||
       P.runAtOnceBy(Sites[0])))
    Out.push_back(hopNote(P, Sites[0], P.Sites[Sites[1]].Caller));
  for (size_t I = FirstIsStart ? 1 : 0; I < Sites.size(); ++I) {
    const Program::Site &PS = P.Sites[Sites[I]];
    const facts::Site &S = *PS.S;
    ProgramPlace At{PS.Unit, S.Loc};
    std::string Caller = P.function(PS.Caller).Name.str();
    if (I + 1 < Sites.size()) {
      Out.push_back(hopNote(P, Sites[I], P.Sites[Sites[I + 1]].Caller));
      continue;
    }
    if (S.Sink.valid())
      Out.push_back(
          {At,
           Caller + (S.SinkKind == static_cast<uint8_t>(SinkKind::LoopRun)
                         ? " runs the event loop here"
                         : " blocks here"),
           NoteRole::Sink});
    else if (llvm::StringRef Class = P.detail(PS).Constructed; !Class.empty())
      Out.push_back({At, Caller + " constructs '" + Class.str() + "' here",
                     NoteRole::Sink});
  }
}

/// How root \p Index became loop code: where it was registered, or, for a
/// callable kept in a storage, where it was stored, where loop code calls
/// through the storage, and how that loop code became loop code.
static void addRootNotes(const Program &P, unsigned Index,
                         std::vector<Note> &Out) {
  const Program::Root &R = P.Roots[Index];
  if (R.Origin < 0) {
    std::string Text =
        !R.R->Trigger.empty()
            ? "callback connected to '" + R.R->Trigger.str() + "' here"
        : R.R->Api.empty()
            ? R.R->Why.str()
            : "callback registered with '" + R.R->Api.str() + "' here";
    Out.push_back(
        {{R.Unit, R.R->Loc}, std::move(Text), NoteRole::Registration});
    return;
  }
  std::string Callee = P.function(R.Node).Name.str();
  const facts::FieldStore &Store = *R.Store;
  const facts::TUFacts &StoreUnit = P.unit(R.StoreUnit);
  std::string Storage = "'" + Store.Name.str() + "'";
  if (R.PassedAt != ~0u) {
    const Program::Site &Passed = P.Sites[R.PassedAt];
    Out.push_back({{Passed.Unit, Passed.S->Loc},
                   P.function(Passed.Caller).Name.str() + " passes " + Callee +
                       " to " + StoreUnit.Functions[Store.In].Name.str() +
                       " here",
                   NoteRole::Registration});
  }
  Out.push_back({{R.StoreUnit, Store.Loc},
                 Store.In == facts::None
                     ? Callee + " is stored into " + Storage + " here"
                     : "stored by " + StoreUnit.Functions[Store.In].Name.str() +
                           " into " + Storage + " here",
                 NoteRole::Registration});
  const Program::Site &Through = P.Sites[R.ThroughSite];
  for (size_t I = 0; I < R.Reach.size(); ++I) {
    Note Hop = hopNote(P, R.Reach[I],
                       I + 1 < R.Reach.size() ? P.Sites[R.Reach[I + 1]].Caller
                                              : Through.Caller);
    Hop.Role = NoteRole::Registration;
    Out.push_back(std::move(Hop));
  }
  Out.push_back({{Through.Unit, Through.S->Loc},
                 "called through '" + P.detail(Through).ThroughName.str() +
                     "' by " + P.function(Through.Caller).Name.str() + " here",
                 NoteRole::Registration});
  addRootNotes(P, R.Origin, Out);
}

std::vector<Note> pathNotes(const LoopContext &Analysis, const Finding &F) {
  const Program &P = Analysis.program();
  std::vector<Note> Notes;
  addHops(P, F.Path, /*FirstIsStart=*/true, Notes);
  addHops(P, F.Beyond, /*FirstIsStart=*/false, Notes);
  addRootNotes(P, F.R - P.Roots.data(), Notes);
  return boundPath(std::move(Notes));
}

std::vector<Note> boundPath(std::vector<Note> Notes) {
  // Runs of hops at one place, instantiations of one template calling each
  // other there (`step<3>` calls `step<2>`): one note, the first, with the
  // count.
  std::vector<Note> Folded;
  for (Note &N : Notes) {
    if (!Folded.empty() && N.Role != NoteRole::Registration &&
        Folded.back().Role == N.Role && Folded.back().Loc.Unit == N.Loc.Unit &&
        Folded.back().Loc.At == N.Loc.At) {
      ++Folded.back().Hops;
      continue;
    }
    Folded.push_back(std::move(N));
  }
  for (Note &N : Folded)
    if (N.Hops > 1)
      N.Text += ", through " + llvm::utostr(N.Hops) + " instantiations";

  // The hops are all but the registration notes at the end, which always
  // show.
  size_t Hops = Folded.size();
  while (Hops > 0 && Folded[Hops - 1].Role == NoteRole::Registration)
    --Hops;
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
