//===--- InitOnce.cpp - Code that fills a static, or sets a flag, once ----===//

#include "InitOnce.h"
#include "Callables.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::eventloop {

namespace {

/// The function-local static that \p E names, through members
/// (`info.version`) and parentheses.
const VarDecl *staticLocalOf(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      return VD && VD->isStaticLocal() ? VD : nullptr;
    }
    const auto *ME = dyn_cast<MemberExpr>(E);
    if (!ME || ME->isArrow())
      return nullptr;
    E = ME->getBase();
  }
  return nullptr;
}

/// `x` in `&x`, or null: what a pointer argument lets the callee write.
const Expr *addressTaken(const Expr *E) {
  const auto *UO = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
  return UO && UO->getOpcode() == UO_AddrOf ? UO->getSubExpr() : nullptr;
}

/// The function-local statics that a condition reads.
class ReadStatics : public RecursiveASTVisitor<ReadStatics> {
public:
  llvm::SmallPtrSet<const VarDecl *, 2> Read;
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        VD && VD->isStaticLocal())
      Read.insert(VD);
    return true;
  }
};

/// Does a statement write one of \p Candidates? Stops at the first write.
class WritesStatic : public RecursiveASTVisitor<WritesStatic> {
public:
  explicit WritesStatic(const llvm::SmallPtrSetImpl<const VarDecl *> &C)
      : Candidates(C) {}
  const VarDecl *Written = nullptr;

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      note(BO->getLHS());
    return !Written;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->isAssignmentOp() && OC->getNumArgs() >= 1)
      note(OC->getArg(0));
    return !Written;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && !MD->isConst())
      note(MC->getImplicitObjectArgument());
    return !Written;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return true;
    llvm::SmallVector<const Expr *, 4> Args = writtenArgs(CE);
    for (unsigned I = 0; I < Args.size() && I < FD->getNumParams(); ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      if (T->isReferenceType() && !T->getPointeeType().isConstQualified())
        note(Args[I]);
      else if (T->isPointerType() && !T->getPointeeType().isConstQualified())
        note(addressTaken(Args[I]));
    }
    return !Written;
  }

private:
  void note(const Expr *Target) {
    if (!Target)
      return;
    if (const VarDecl *VD = staticLocalOf(Target); VD && Candidates.count(VD))
      Written = VD;
  }
  const llvm::SmallPtrSetImpl<const VarDecl *> &Candidates;
};

/// Is \p E `false`, `0` or a null pointer literal?
bool isUnsetValue(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
    return !B->getValue();
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue().isZero();
  return isa<CXXNullPtrLiteralExpr, GNUNullExpr>(E);
}

/// The fields of `this` that \p Cond is true only when they are unset:
/// `!F`, `F == false`, `nullptr == F`, and the operands of an `&&`.
void unsetFields(const Expr *Cond,
                 llvm::SmallPtrSetImpl<const FieldDecl *> &Out) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond);
      UO && UO->getOpcode() == UO_LNot) {
    if (const FieldDecl *F = fieldOfThis(UO->getSubExpr()))
      Out.insert(F);
    return;
  }
  const auto *BO = dyn_cast<BinaryOperator>(Cond);
  if (!BO)
    return;
  if (BO->getOpcode() == BO_LAnd) {
    unsetFields(BO->getLHS(), Out);
    unsetFields(BO->getRHS(), Out);
  } else if (BO->getOpcode() == BO_EQ) {
    if (const FieldDecl *F = fieldOfThis(BO->getLHS());
        F && isUnsetValue(BO->getRHS()))
      Out.insert(F);
    if (const FieldDecl *F = fieldOfThis(BO->getRHS());
        F && isUnsetValue(BO->getLHS()))
      Out.insert(F);
  }
}

/// Does a statement assign one of \p Candidates? Stops at the first.
class AssignsField : public RecursiveASTVisitor<AssignsField> {
public:
  explicit AssignsField(const llvm::SmallPtrSetImpl<const FieldDecl *> &C)
      : Candidates(C) {}
  const FieldDecl *Assigned = nullptr;

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      note(BO->getLHS());
    return !Assigned;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() >= 1)
      note(OC->getArg(0));
    return !Assigned;
  }

private:
  void note(const Expr *Target) {
    if (const FieldDecl *F = fieldOfThis(Target); F && Candidates.count(F))
      Assigned = F;
  }
  const llvm::SmallPtrSetImpl<const FieldDecl *> &Candidates;
};

} // namespace

const FieldDecl *setOncePerObjectBy(const IfStmt &S) {
  if (!S.getCond() || !S.getThen())
    return nullptr;
  llvm::SmallPtrSet<const FieldDecl *, 2> Unset;
  unsetFields(S.getCond(), Unset);
  if (Unset.empty())
    return nullptr;
  AssignsField Assigns(Unset);
  Assigns.TraverseStmt(const_cast<Stmt *>(S.getThen()));
  return Assigns.Assigned;
}

const VarDecl *filledOnceBy(const IfStmt &S) {
  if (!S.getCond() || !S.getThen())
    return nullptr;
  ReadStatics Reads;
  Reads.TraverseStmt(const_cast<Expr *>(S.getCond()));
  if (Reads.Read.empty())
    return nullptr;
  WritesStatic Writes(Reads.Read);
  Writes.TraverseStmt(const_cast<Stmt *>(S.getThen()));
  return Writes.Written;
}

} // namespace clang::tidy::eventloop
