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

#include "Report.h"

namespace clang::tidy::eventloop {

/// A long path shows its first MaxShownHops - TailHops - 1 hops, one note
/// for the rest but the last TailHops, and those.
constexpr unsigned MaxShownHops = 10;
constexpr unsigned TailHops = 4;

/// The notes of \p F's path, from the first call after the start to the
/// sink (and on through a client's constructor), then the registration;
/// bounded.
std::vector<Note> pathNotes(const LoopContext &Analysis, const Finding &F);

/// Folds runs of equal hops and elides the middle of a long path.
std::vector<Note> boundPath(std::vector<Note> Notes);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_PATHNOTES_H
