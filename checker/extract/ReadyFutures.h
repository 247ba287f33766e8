//===--- ReadyFutures.h - Waits on a future that has finished ---*- C++ -*-===//
//
// A wait on a future blocks until the future finishes, unless it has: in
// the handler of its watcher's finished signal (FrameworkModel::
// FutureFinishedSignals), after a nested loop that ran once the future was
// given to a watcher (the loop is the finding), after an earlier wait on the
// same future (that wait is the finding), or where a ready check on the same
// future guards it (`if (f.isFinished()) f.result()`). In such a handler the
// watcher may also be the signal's sender (`static_cast<QFutureWatcher<T>
// *>(sender())->result()`, FrameworkModel::SignalSenders). In the handler of
// its signal of a ready result (FrameworkModel::FutureResultSignals), a wait
// given the index the signal carries returns at once. The builder tells
// this class what it walks; finish() marks the waits that return at once.
// Futures and watchers are the variables or fields that name them
// (Callables' namedObject).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_READYFUTURES_H
#define EVENTLOOP_TIDY_EXTRACT_READYFUTURES_H

#include "ASTGraph.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::eventloop {

class ReadyFutures {
public:
  explicit ReadyFutures(const SourceManager &SM) : SM(SM) {}

  /// `Watcher.setFuture(Future)` in node \p Node.
  void watch(unsigned Node, const ValueDecl *Watcher, const ValueDecl *Future,
             SourceLocation Loc);
  /// \p Callback is connected to the finished signal of \p Watcher (null
  /// when no variable names it).
  void finishedCallback(const FunctionDecl *Callback, const ValueDecl *Watcher);
  /// \p Callback is connected to the signal of \p Watcher that carries the
  /// index of a ready result, as its first parameter.
  void resultCallback(const FunctionDecl *Callback, const ValueDecl *Watcher);
  /// Site \p Site of node \p Node waits on \p Future; \p Guarded when a
  /// ready check of the same future guards it; \p FromSender when the
  /// variable keeps the sender of the signal that runs the callback;
  /// \p AtIndex when the wait is given the first parameter of the function
  /// it is in (`resultAt(index)`).
  void wait(unsigned Site, unsigned Node, const ValueDecl *Future,
            SourceLocation Loc, bool Guarded, bool FromSender = false,
            bool AtIndex = false);
  /// A loop runs at \p Loc in node \p Node.
  void loopRun(unsigned Node, SourceLocation Loc);

  /// Marks the waits of \p G that return at once (CallSite::FutureReady).
  void finish(ASTGraph &G) const;

private:
  struct Event {
    const ValueDecl *Future; ///< null for a loop run
    SourceLocation Loc;
    enum Kind { Watch, Wait, LoopRun } K;
  };
  struct Wait {
    unsigned Site, Node;
    const ValueDecl *Future;
    SourceLocation Loc;
    bool Guarded;
    bool FromSender;
    bool AtIndex;
  };
  using Callbacks = llvm::DenseMap<const FunctionDecl *,
                                   llvm::SmallVector<const ValueDecl *, 1>>;
  bool before(SourceLocation A, SourceLocation B) const;
  bool readyInBody(const Wait &W) const;
  /// Is \p W in a callback that \p Of lists, of a watcher of its future
  /// or of the watcher that sent the signal?
  bool inCallbackOf(const Wait &W, const Callbacks &Of,
                    const ASTGraph &G) const;

  const SourceManager &SM;
  llvm::DenseMap<unsigned, std::vector<Event>> Events; ///< by node
  std::vector<Wait> Waits;
  /// Watcher -> the futures it is given.
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 1>>
      Watched;
  /// Callback -> the watchers whose finished signal starts it, and those
  /// whose signal of a ready result does.
  Callbacks Finished, ResultReady;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_READYFUTURES_H
