//===--- PathNotes.h - A finding's path, told as notes ----------*- C++ -*-===//
//
// Each hop of a path is a note: the call from the callback, each call after
// it, the sink, and where the callback was registered. A path is bounded so
// that a deep chain cannot flood the output: hops that read the same at the
// same place (instantiations of one template calling each other) show once
// with their count, and beyond MaxShownHops the middle is left out, with one
// note saying how many calls that was.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_PATHNOTES_H
#define EVENTLOOP_TIDY_CHECKS_PATHNOTES_H

#include "../analysis/LoopContext.h"
#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// What a note says about the path.
enum class NoteRole {
  Call,         ///< one function calls, constructs or destroys the next
  Sink,         ///< the loop run, the wait, the client's construction
  Elided,       ///< hops left out of a long path
  Registration, ///< where the callback became loop code
};

struct PathNote {
  SourceLocation Loc;
  std::string Text;
  NoteRole Role = NoteRole::Call;
  /// Hops of the path this note stands for (more than one when folded or
  /// elided).
  unsigned Hops = 1;
};

/// A long path shows its first MaxShownHops - TailHops - 1 hops, one note
/// for the rest but the last TailHops, and those.
constexpr unsigned MaxShownHops = 10;
constexpr unsigned TailHops = 4;

/// The notes of \p F's path, from the first call after the start to the
/// sink (and on through a client's constructor), then the registration;
/// unbounded.
std::vector<PathNote> pathNotes(const LoopContext &Analysis, const Finding &F);

/// Folds runs of equal hops and elides the middle of a long path.
std::vector<PathNote> boundPath(std::vector<PathNote> Notes);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_PATHNOTES_H
