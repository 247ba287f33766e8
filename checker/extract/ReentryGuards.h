//===--- ReentryGuards.h - Guards against a function's re-entry -*- C++ -*-===//
//
// A function that returns when a flag of its own is set and then sets it
// (`if (Busy) return; Busy = true; work(); Busy = false;`), or that returns
// unless it takes a lock free only once per thread
// (`if (!Lock.tryLock()) return;`: FrameworkModel::ReentryLocks), guards
// itself against re-entry: a run that starts while an earlier one is past
// the guard returns at once. Its author knew the loop may run it again in
// the middle of that code, so a run of the thread's own loop there
// (processEvents, a nested event loop, a modal dialog) is one the code is
// written for. Its sites say so (facts::Site::ReentryGuarded), and the
// analysis reports no re-entry of the thread's loop through them
// (LoopContext.h). A flag is a field of `this`, a variable of static
// storage, or a variable a lambda captures: one that outlives the call.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_REENTRYGUARDS_H
#define EVENTLOOP_TIDY_EXTRACT_REENTRYGUARDS_H

#include "clang/AST/Stmt.h"

namespace clang::tidy::eventloop {

class ModelIndex;

/// The statements of a block, by index, from Begin up to End.
struct StatementRange {
  unsigned Begin = 0, End = 0;
  bool contains(unsigned I) const { return I >= Begin && I < End; }
};

/// The statements of \p Body (a function's body) that run while its
/// re-entrancy guard is held: from the one after the flag is set to the
/// one that unsets it, or to the end for a scope guard that restores it
/// (`QScopedValueRollback<bool> R(Busy, true)`); from the lock's test to
/// its release. Empty without a guard: a flag that the body never unsets
/// (`if (Sent) return; Sent = true;`) runs the rest once, and guards
/// nothing against re-entry.
StatementRange reentryGuarded(const CompoundStmt &Body,
                              const ModelIndex &Models, ASTContext &Ctx);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_REENTRYGUARDS_H
