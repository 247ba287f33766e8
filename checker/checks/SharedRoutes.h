//===--- SharedRoutes.h - One defect, one warning --------------*- C++ -*-===//
//
// A check's findings that are one defect are told once. Findings that say
// the same about the same sink are one defect when the cure is at the sink
// (a wait, made asynchronous where it waits, or a helper's loop): every
// route to it, from one callback or many, except that a thin wrapper (a
// function whose only call is the sink, a sleep helper called from several
// places) is cured at each call of it, so routes through different calls of
// it stay apart. Otherwise (a modal dialog, cured where it is opened) they
// are one from the call that opens it on: the call in the function nearest
// the dialog, after the starting one, that one place calls on the routes to
// it (callbacks calling one helper that opens a dialog, by whatever calls;
// two helpers opening one through a shared wrapper, which several places
// call, are two defects); without such a function, when they run the same
// path after their starting calls. The warning stays where the
// first of them by file and line starts; each other route is a note there,
// "also reached from ... here", at its own starting call. Findings with a
// fix-it are never merged: each fix-it belongs to its own starting call.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_SHAREDROUTES_H
#define EVENTLOOP_TIDY_CHECKS_SHAREDROUTES_H

#include "Report.h"
#include <vector>

namespace clang::tidy::eventloop {

/// Route notes shown under one warning before the rest are counted.
constexpr unsigned MaxShownRoutes = 8;

/// Merges the reports from \p First on (one check's) that are one defect.
void mergeSharedRoutes(const Program &P, std::vector<Report> &Reports,
                       size_t First);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_SHAREDROUTES_H
