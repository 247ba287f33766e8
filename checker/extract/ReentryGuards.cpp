//===--- ReentryGuards.cpp - Guards against a function's re-entry ---------===//

#include "ReentryGuards.h"
#include "../analysis/ModelIndex.h"
#include "../analysis/QualifiedName.h"
#include "BranchConditions.h"
#include "Callables.h"
#include "NamedMember.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::eventloop {

namespace {

/// A flag that outlives a call of the function: a field of `this`
/// (`Busy`, `this->Busy`), a variable of static storage, or one that a
/// lambda captures. Null for anything else.
const ValueDecl *flagOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<MemberExpr>(E))
    return fieldOfThis(E);
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD)
    return nullptr;
  return VD->hasGlobalStorage() || DRE->refersToEnclosingVariableOrCapture()
             ? VD
             : nullptr;
}

/// Is \p E a constant that is not zero (`true`, `1`)? With \p Zero: one
/// that is (`false`, `0`).
bool isConstant(const Expr *E, bool Zero, ASTContext &Ctx) {
  std::optional<int64_t> V = constantValue(E, Ctx);
  return V && (*V == 0) == Zero;
}

/// The flag that \p Cond is true for when it is set: `F`, `F == true`,
/// `F != false`, or an operand of an `||`.
const ValueDecl *testedSet(const Expr *Cond, ASTContext &Ctx) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
    if (BO->getOpcode() == BO_LOr) {
      const ValueDecl *F = testedSet(BO->getLHS(), Ctx);
      return F ? F : testedSet(BO->getRHS(), Ctx);
    }
    if (!BO->isEqualityOp())
      return nullptr;
    bool Zero = BO->getOpcode() == BO_NE;
    if (const ValueDecl *F = flagOf(BO->getLHS());
        F && isConstant(BO->getRHS(), Zero, Ctx))
      return F;
    if (const ValueDecl *F = flagOf(BO->getRHS());
        F && isConstant(BO->getLHS(), Zero, Ctx))
      return F;
    return nullptr;
  }
  const ValueDecl *F = flagOf(Cond);
  return F && F->getType()->isScalarType() ? F : nullptr;
}

/// The lock that \p Cond is true for when it is not taken:
/// `!L.tryLock()`, a call of FrameworkModel::ReentryLocks on a lock that
/// outlives the call (a local one is free on every call).
const ValueDecl *failsToLock(const Expr *Cond, const ModelIndex &Models) {
  const auto *Not = dyn_cast<UnaryOperator>(Cond->IgnoreParenImpCasts());
  if (!Not || Not->getOpcode() != UO_LNot)
    return nullptr;
  const auto *Call =
      dyn_cast<CXXMemberCallExpr>(Not->getSubExpr()->IgnoreParenImpCasts());
  const CXXMethodDecl *MD = Call ? Call->getMethodDecl() : nullptr;
  if (!MD || !MD->getIdentifier())
    return nullptr;
  // Named by the lock's own class, whichever base declares the method:
  // Qt 6's QMutex takes QBasicMutex's tryLock, and Qt 5's QRecursiveMutex
  // QMutex's, from a private base.
  const Expr *Lock = Call->getImplicitObjectArgument();
  const CXXRecordDecl *Object = classOf(Lock);
  llvm::StringRef Method = MD->getName();
  if (!Object || !Models.ReentryLocks.mayMatch(Method) ||
      !Models.ReentryLocks.find(Method,
                                qualifiedName(Object) + "::" + Method.str(),
                                [](auto &) { return true; }))
    return nullptr;
  return flagOf(Lock);
}

/// Is \p S a call of a method of \p Lock (its release)?
bool callsMethodOf(const Stmt *S, const ValueDecl *Lock) {
  const auto *E = dyn_cast<Expr>(S);
  const auto *Call =
      E ? dyn_cast<CXXMemberCallExpr>(E->IgnoreImplicit()) : nullptr;
  return Call && flagOf(Call->getImplicitObjectArgument()) == Lock;
}

/// Does \p S end in a `return`?
bool returns(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    return !Block->body_empty() && returns(Block->body_back());
  return isa_and_nonnull<ReturnStmt>(S);
}

/// Does \p S give \p Flag a value that is zero (with \p Zero) or not:
/// `F = true`, or a scope guard made of it and the value
/// (`QScopedValueRollback<bool> Rollback(Busy, true)`)?
bool setsFlag(const Stmt *S, const ValueDecl *Flag, bool Zero,
              ASTContext &Ctx) {
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    const auto *VD =
        DS->isSingleDecl() ? dyn_cast<VarDecl>(DS->getSingleDecl()) : nullptr;
    const auto *CE =
        VD && VD->getInit()
            ? dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit())
            : nullptr;
    if (!CE || CE->getNumArgs() < 2 || CE->getConstructor()->getNumParams() < 2)
      return false;
    // It keeps the flag to restore: by a reference it may write through.
    QualType Kept = CE->getConstructor()->getParamDecl(0)->getType();
    return Kept->isLValueReferenceType() &&
           !Kept->getPointeeType().isConstQualified() &&
           flagOf(CE->getArg(0)) == Flag &&
           isConstant(CE->getArg(1), Zero, Ctx);
  }
  const auto *E = dyn_cast<Expr>(S);
  const auto *BO = E ? dyn_cast<BinaryOperator>(E->IgnoreImplicit()) : nullptr;
  return BO && BO->getOpcode() == BO_Assign && flagOf(BO->getLHS()) == Flag &&
         isConstant(BO->getRHS(), Zero, Ctx);
}

} // namespace

StatementRange reentryGuarded(const CompoundStmt &Body,
                              const ModelIndex &Models, ASTContext &Ctx) {
  unsigned N = Body.size();
  for (unsigned I = 0; I < N; ++I) {
    const auto *If = dyn_cast<IfStmt>(Body.body_begin()[I]);
    if (!If || !If->getCond() || If->getElse() || If->getInit() ||
        If->getConditionVariable() || !returns(If->getThen()))
      continue;
    if (const ValueDecl *Lock = failsToLock(If->getCond(), Models)) {
      unsigned End = I + 1;
      while (End < N && !callsMethodOf(Body.body_begin()[End], Lock))
        ++End;
      return {I + 1, End};
    }
    const ValueDecl *Flag = testedSet(If->getCond(), Ctx);
    if (!Flag)
      continue;
    for (unsigned Set = I + 1; Set < N; ++Set) {
      const Stmt *Setter = Body.body_begin()[Set];
      if (!setsFlag(Setter, Flag, /*Zero=*/false, Ctx))
        continue;
      // A scope guard unsets the flag as the function returns.
      if (isa<DeclStmt>(Setter))
        return {Set + 1, N};
      // A flag that is never unset says "once", not "not again while
      // busy" (`if (Sent) return; Sent = true; emit completed();`).
      for (unsigned End = Set + 1; End < N; ++End)
        if (setsFlag(Body.body_begin()[End], Flag, /*Zero=*/true, Ctx))
          return {Set + 1, End};
      break;
    }
  }
  return {};
}

} // namespace clang::tidy::eventloop
