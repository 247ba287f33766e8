//===--- PathHops.h - A finding's path as the report draws it ---*- C++ -*-===//
//
// The hops of a finding's path, numbered 1..n in the order clang-tidy
// prints them: the warning (the callback's call), each call after it, the
// sink, then how the callback became loop code (the registration, and for
// a callable kept in a storage, how it got there). What each hop is comes
// from the notes' roles, never from their words. The advice notes are no
// hops; the "expanded from macro" notes are told under their hop.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_PATHHOPS_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_PATHHOPS_H

#include "Output.h"

namespace clang::tidy::eventloop {

struct Hop {
  unsigned Number = 0;
  ProgramPlace At;
  Located L;
  std::string Text;
  /// The role of its note; the warning's hop plays Call.
  NoteRole Role = NoteRole::Call;
  bool Warning = false;
  /// The loop run, wait or construction: a Sink note, or the warning when
  /// the callback calls the sink itself.
  bool Sink = false;
  std::vector<ShownNote> Macros;
};

/// The hops of \p R, numbered from 1.
std::vector<Hop> hopsOf(const Report &R, const Program &P);

/// \p R's advice notes, with their macro notes.
std::vector<Hop> adviceOf(const Report &R, const Program &P);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_PATHHOPS_H
