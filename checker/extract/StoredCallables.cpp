//===--- StoredCallables.cpp - Callables kept in fields and containers ----===//

#include "StoredCallables.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::eventloop {

/// A record with a call operator (std::function, a functor class).
static bool isFunctor(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition() || RD->isLambda())
    return false;
  RD = RD->getDefinition();
  for (const Decl *D : RD->decls()) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(D);
        MD && MD->getOverloadedOperator() == OO_Call)
      return true;
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D);
        FT && FT->getTemplatedDecl()->getOverloadedOperator() == OO_Call)
      return true;
  }
  return false;
}

bool holdsCallables(QualType T) {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType();
  while (const ArrayType *A = T->getAsArrayTypeUnsafe())
    T = A->getElementType();
  if (T->isFunctionPointerType() || T->isMemberFunctionPointerType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (isFunctor(RD))
    return true;
  // A container of callables: a template argument that is one.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type) {
        QualType E = Arg.getAsType();
        if (E->isFunctionPointerType() || E->isMemberFunctionPointerType() ||
            isFunctor(E->getAsCXXRecordDecl()))
          return true;
      }
  return false;
}

/// Strips what does not change which object an expression denotes.
static const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(Next);
        U && (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf))
      Next = U->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *C = dyn_cast<ExplicitCastExpr>(Next))
      Next = C->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

/// A variable that outlives a call: a global, a static, a static member.
static bool isLasting(const VarDecl *VD) {
  return VD->hasGlobalStorage() && !VD->isLocalVarDeclOrParm()
             ? true
             : VD->isStaticLocal();
}

const ValueDecl *StoredCallables::named(const Expr *E, bool Calls,
                                        unsigned Depth) const {
  E = strip(E);
  if (!E || Depth > 6 || E->containsErrors())
    return nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *D = ME->getMemberDecl();
    if ((isa<FieldDecl>(D) || isa<VarDecl>(D)) && holdsCallables(D->getType()))
      return D;
    return nullptr;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || isa<ParmVarDecl>(VD) || !holdsCallables(VD->getType()))
      return nullptr;
    if (isLasting(VD))
      return VD;
    // The element of a range-for over a storage, or a local copied from
    // one (`auto cb = peer->dispatchcb;`).
    if (auto It = RangeOf.find(VD); It != RangeOf.end())
      return named(It->second, Calls, Depth + 1);
    if (const Expr *Init = VD->getInit(); Calls && Init)
      if (const ValueDecl *From = named(Init, Calls, Depth + 1))
        return From;
    // A local container of callables; a single local functor is what its
    // initialiser runs (see Callables.h).
    const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
    return RD && !isFunctor(RD) ? VD : nullptr;
  }
  // `handlers[i]`, `table[i].fn` is a MemberExpr above.
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return named(AS->getBase(), Calls, Depth + 1);
  // `handlers[key]`, `handlers.at(i)`, `handlers.front()` on a container.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Subscript && OC->getNumArgs() >= 1 &&
      OC->getDirectCallee() &&
      ModelIndex::names(Models.ContainerElements, OC->getDirectCallee()))
    return named(OC->getArg(0), Calls, Depth + 1);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && ModelIndex::names(Models.ContainerElements, MD))
      return named(MC->getImplicitObjectArgument(), Calls, Depth + 1);
  }
  // A copy through a constructor (std::function from a stored one).
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
      CC && CC->getNumArgs() == 1)
    return named(CC->getArg(0), Calls, Depth + 1);
  return nullptr;
}

const ValueDecl *StoredCallables::storageOf(const Expr *LHS) const {
  return named(LHS, /*Calls=*/false, 0);
}

const ValueDecl *StoredCallables::callThrough(const Expr *Callee) const {
  return named(Callee, /*Calls=*/true, 0);
}

const ValueDecl *
StoredCallables::containerOf(const CXXMemberCallExpr *Call) const {
  const CXXMethodDecl *MD = Call->getMethodDecl();
  if (!MD || !ModelIndex::names(Models.ContainerStores, MD))
    return nullptr;
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!Object || !holdsCallables(Object->getType()))
    return nullptr;
  return named(Object, /*Calls=*/false, 0);
}

void StoredCallables::noteRangeFor(const CXXForRangeStmt *S) {
  if (const VarDecl *V = S->getLoopVariable())
    if (const Expr *Range = S->getRangeInit())
      RangeOf[V] = Range;
}

} // namespace clang::tidy::eventloop
