//===--- PathHops.cpp - A finding's path as the report draws it -----------===//

#include "PathHops.h"

namespace clang::tidy::eventloop {

static Hop hopAt(const Program &P, const ProgramPlace &At, llvm::StringRef Text,
                 NoteRole Role) {
  Hop H;
  H.At = At;
  H.L = locate(P, At);
  H.Text = Text.str();
  H.Role = Role;
  for (const facts::MacroNote &M : P.macroNotes(At.Unit, At.At))
    H.Macros.push_back({{At.Unit, M.At}, M.Text});
  return H;
}

std::vector<Hop> hopsOf(const Report &R, const Program &P) {
  std::vector<Hop> Hops;
  Hops.push_back(hopAt(P, R.Loc, R.Message, NoteRole::Call));
  Hops.back().Warning = true;
  for (const Note &N : R.Notes)
    if (onPath(N.Role)) {
      Hops.push_back(hopAt(P, N.Loc, N.Text, N.Role));
      Hops.back().Sink = N.Role == NoteRole::Sink;
    }
  if (llvm::none_of(Hops, [](const Hop &H) { return H.Sink; }))
    Hops.front().Sink = true;
  for (size_t I = 0; I < Hops.size(); ++I)
    Hops[I].Number = I + 1;
  return Hops;
}

std::vector<Hop> adviceOf(const Report &R, const Program &P) {
  std::vector<Hop> Advice;
  for (const Note &N : R.Notes)
    if (!onPath(N.Role))
      Advice.push_back(hopAt(P, N.Loc, N.Text, N.Role));
  return Advice;
}

} // namespace clang::tidy::eventloop
