//===--- ReadyFutures.cpp - Waits on a future that has finished -----------===//

#include "ReadyFutures.h"

namespace clang::tidy::eventloop {

void ReadyFutures::watch(unsigned Node, const ValueDecl *Watcher,
                         const ValueDecl *Future, SourceLocation Loc) {
  if (!Future)
    return;
  Events[Node].push_back({Future, Loc, Event::Watch});
  if (Watcher)
    Watched[Watcher].push_back(Future);
}

void ReadyFutures::finishedCallback(const FunctionDecl *Callback,
                                    const ValueDecl *Watcher) {
  if (Callback)
    Finished[Callback->getCanonicalDecl()].push_back(Watcher);
}

void ReadyFutures::resultCallback(const FunctionDecl *Callback,
                                  const ValueDecl *Watcher) {
  if (Callback)
    ResultReady[Callback->getCanonicalDecl()].push_back(Watcher);
}

void ReadyFutures::wait(unsigned Site, unsigned Node, const ValueDecl *Future,
                        SourceLocation Loc, bool Guarded, bool FromSender,
                        bool AtIndex) {
  if (!Future)
    return;
  Waits.push_back({Site, Node, Future, Loc, Guarded, FromSender, AtIndex});
  // A guarded wait ran only if the future was ready: it says nothing of
  // the waits after it.
  if (!Guarded)
    Events[Node].push_back({Future, Loc, Event::Wait});
}

void ReadyFutures::loopRun(unsigned Node, SourceLocation Loc) {
  Events[Node].push_back({nullptr, Loc, Event::LoopRun});
}

bool ReadyFutures::before(SourceLocation A, SourceLocation B) const {
  return SM.isBeforeInTranslationUnit(A, B);
}

bool ReadyFutures::readyInBody(const Wait &W) const {
  auto It = Events.find(W.Node);
  if (It == Events.end())
    return false;
  // An earlier wait on it; or a loop that ran after it was given to a
  // watcher.
  std::optional<SourceLocation> Watched;
  for (const Event &E : It->second) {
    if (!before(E.Loc, W.Loc))
      continue;
    if (E.K == Event::Wait && E.Future == W.Future)
      return true;
    if (E.K == Event::Watch && E.Future == W.Future &&
        (!Watched || before(E.Loc, *Watched)))
      Watched = E.Loc;
  }
  if (!Watched)
    return false;
  return llvm::any_of(It->second, [&](const Event &E) {
    return E.K == Event::LoopRun && before(*Watched, E.Loc) &&
           before(E.Loc, W.Loc);
  });
}

bool ReadyFutures::inCallbackOf(const Wait &W, const Callbacks &Of,
                                const ASTGraph &G) const {
  auto It = Of.find(G.function(W.Node)->getCanonicalDecl());
  if (It == Of.end())
    return false;
  return W.FromSender ||
         llvm::any_of(It->second, [&](const ValueDecl *Watcher) {
           if (Watcher == W.Future) // the watcher's own result()
             return true;
           auto Futures = Watched.find(Watcher);
           return Futures != Watched.end() &&
                  llvm::is_contained(Futures->second, W.Future);
         });
}

void ReadyFutures::finish(ASTGraph &G) const {
  for (const Wait &W : Waits) {
    // In the handler of the finished signal of a watcher of this future, or
    // of the watcher that sent that signal; or in the handler of its signal
    // of a ready result, given that result's index.
    bool Ready = W.Guarded || readyInBody(W) || inCallbackOf(W, Finished, G) ||
                 (W.AtIndex && inCallbackOf(W, ResultReady, G));
    if (Ready)
      G.Sites[W.Site].FutureReady = true;
  }
}

} // namespace clang::tidy::eventloop
