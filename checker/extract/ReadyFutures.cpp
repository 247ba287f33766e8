//===--- ReadyFutures.cpp - Waits on a future that has finished -----------===//

#include "ReadyFutures.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::eventloop {

const ValueDecl *namedVariable(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(DRE->getDecl()) ? DRE->getDecl() : nullptr;
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref)) {
      E = UO->getSubExpr();
      continue;
    }
    // A smart pointer's `operator->` or `get()`, a QPointer's conversion.
    if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E);
        Call &&
        (Call->getOperator() == OO_Arrow || Call->getOperator() == OO_Star)) {
      E = Call->getArg(0);
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
        MC && MC->getNumArgs() == 0 && MC->getMethodDecl() &&
        (isa<CXXConversionDecl>(MC->getMethodDecl()) ||
         MC->getMethodDecl()->getName() == "data" ||
         MC->getMethodDecl()->getName() == "get")) {
      E = MC->getImplicitObjectArgument();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

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
  if (Callback && Watcher)
    Finished[Callback->getCanonicalDecl()].push_back(Watcher);
}

void ReadyFutures::wait(unsigned Site, unsigned Node, const ValueDecl *Future,
                        SourceLocation Loc, bool Guarded) {
  if (!Future)
    return;
  Waits.push_back({Site, Node, Future, Loc, Guarded});
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

void ReadyFutures::finish(ASTGraph &G) const {
  for (const Wait &W : Waits) {
    bool Ready = W.Guarded || readyInBody(W);
    // In the handler of the finished signal of a watcher of this future.
    if (!Ready)
      if (auto It = Finished.find(G.function(W.Node)->getCanonicalDecl());
          It != Finished.end())
        Ready = llvm::any_of(It->second, [&](const ValueDecl *Watcher) {
          if (Watcher == W.Future) // the watcher's own result()
            return true;
          auto Futures = Watched.find(Watcher);
          return Futures != Watched.end() &&
                 llvm::is_contained(Futures->second, W.Future);
        });
    if (Ready)
      G.Sites[W.Site].FutureReady = true;
  }
}

} // namespace clang::tidy::eventloop
