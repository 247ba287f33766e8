//===--- Callables.cpp - Which functions a callable operand runs ----------===//

#include "Callables.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::eventloop {

/// Strips what does not change which object an expression denotes.
static const Expr *stripValue(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(Next))
      Next = C->getSubExpr();
    else if (const auto *F = dyn_cast<ExplicitCastExpr>(Next))
      Next = F->getSubExpr();
    // `[](uv_timer_t *) {...}` passed as a function pointer: the lambda's
    // conversion operator is called on the closure.
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Next);
             MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()) &&
             MC->getRecordDecl() && MC->getRecordDecl()->isLambda())
      Next = MC->getImplicitObjectArgument();
    else if (const auto *U = dyn_cast<UnaryOperator>(Next);
             U && (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref ||
                   U->getOpcode() == UO_Plus))
      Next = U->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

bool isAnalysable(const Expr *E) {
  return E && !E->containsErrors() && !E->isTypeDependent();
}

/// The argument of \p Call selected by \p Index, as written.
static const Expr *writtenOperand(const Expr *Call, int Index) {
  if (!Call)
    return nullptr;
  if (Index == ObjectOperand) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      return MC->getImplicitObjectArgument();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call))
      return OC->getNumArgs() ? OC->getArg(0) : nullptr;
    return nullptr;
  }
  if (Index == LastArgument) {
    llvm::SmallVector<const Expr *, 4> Args = writtenArgs(Call);
    return Args.empty() ? nullptr : Args.back();
  }
  if (Index < 0)
    return nullptr;
  llvm::SmallVector<const Expr *, 4> Args = writtenArgs(Call);
  return static_cast<size_t>(Index) < Args.size() ? Args[Index] : nullptr;
}

/// The parameter of \p Owner that \p E passes on unchanged (through copies,
/// conversions, std::move, std::function), or null.
const ParmVarDecl *passedParameter(const Expr *E, const FunctionDecl *Owner) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl());
      return P && P->getDeclContext() == Owner ? P : nullptr;
    }
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExplicitCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
             CC && CC->getNumArgs() == 1)
      E = CC->getArg(0);
    else if (const auto *CE = dyn_cast<CallExpr>(E);
             CE && CE->getNumArgs() == 1 && CE->getDirectCallee() &&
             CE->getDirectCallee()->isInStdNamespace())
      E = CE->getArg(0); // std::move, std::forward
    else
      return nullptr;
  }
  return nullptr;
}

const Expr *operandOf(const Expr *Call, int Index) {
  const Expr *Operand = writtenOperand(Call, Index);
  return isAnalysable(Operand) ? Operand : nullptr;
}

const FieldDecl *fieldOfThis(const Expr *E) {
  const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  if (!ME || !isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    return nullptr;
  return dyn_cast<FieldDecl>(ME->getMemberDecl());
}

const ValueDecl *namedObject(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(E)) {
      E = U->getSubExpr();
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return ME->getMemberDecl();
    return nullptr;
  }
  return nullptr;
}

llvm::SmallVector<const Expr *, 4> writtenArgs(const Expr *Call) {
  llvm::SmallVector<const Expr *, 4> Args;
  auto Add = [&](const Expr *A) {
    if (!isa<CXXDefaultArgExpr>(A))
      Args.push_back(A);
  };
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
    unsigned First = MD && !MD->isStatic() ? 1 : 0;
    for (unsigned I = First; I < OC->getNumArgs(); ++I)
      Add(OC->getArg(I));
  } else if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    for (const Expr *A : CE->arguments())
      Add(A);
  } else if (const auto *CC = dyn_cast<CXXConstructExpr>(Call)) {
    for (const Expr *A : CC->arguments())
      Add(A);
  }
  return Args;
}

/// The call operators of a functor class, instantiated ones included.
static void addCallOperators(const CXXRecordDecl *RD, CallableTargets &Out) {
  if (!RD || !RD->hasDefinition())
    return;
  RD = RD->getDefinition();
  for (const Decl *D : RD->decls()) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(D)) {
      if (MD->getOverloadedOperator() == OO_Call)
        Out.Functions.push_back(MD);
    } else if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
      if (FT->getTemplatedDecl()->getOverloadedOperator() != OO_Call)
        continue;
      for (const FunctionDecl *Spec : FT->specializations())
        Out.Functions.push_back(Spec);
    }
  }
}

static void resolve(const Expr *E, const ModelIndex &Models,
                    CallableTargets &Out, unsigned Depth) {
  // A variable's initialiser is reached here too, not only operands.
  if (!isAnalysable(E) || Depth > 8)
    return;
  E = stripValue(E);

  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    addCallOperators(L->getLambdaClass(), Out);
    return;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = DRE->getDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      Out.Functions.push_back(FD);
      return;
    }
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      // A variable holding a callable: look at what it was initialised with.
      if (!isa<ParmVarDecl>(VD) && VD->getInit())
        resolve(VD->getInit(), Models, Out, Depth + 1);
      else if (const CXXRecordDecl *RD =
                   VD->getType().getNonReferenceType()->getAsCXXRecordDecl();
               RD && !RD->isLambda())
        addCallOperators(RD, Out);
    }
    return;
  }
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = CC->getConstructor();
    std::string Key = lastNamePart(Ctor);
    if (Models.CallableWrappers.mayMatch(Key) ||
        Models.Offloads.mayMatch(Key)) {
      std::string Name = qualifiedName(Ctor);
      if (auto W = Models.CallableWrappers.find(Key, Name,
                                                [](auto &) { return true; })) {
        resolve(operandOf(CC, W->Callable), Models, Out, Depth + 1);
        return;
      }
      if (Models.Offloads.find(Key, Name, [](auto &) { return true; })) {
        Out.Offloaded = true;
        return;
      }
    }
    // A copy of a callable, or a converting constructor (std::function from
    // a lambda): the callable is the argument.
    size_t Before = Out.Functions.size();
    if (CC->getNumArgs() == 1)
      resolve(CC->getArg(0), Models, Out, Depth + 1);
    if (Out.Functions.size() == Before && !Out.Offloaded &&
        !Ctor->getParent()->isLambda())
      addCallOperators(Ctor->getParent(), Out);
    return;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee)
      return;
    std::string Key = lastNamePart(Callee);
    if (!Models.CallableWrappers.mayMatch(Key) &&
        !Models.Offloads.mayMatch(Key))
      return;
    std::string Name = qualifiedName(Callee);
    if (Models.Offloads.find(Key, Name, [&](const OffloadRule &R) {
          if (R.GuardOperand == NoOperand)
            return true;
          const Expr *G = operandOf(CE, R.GuardOperand);
          // The argument's own type, not the base it is converted to.
          QualType T =
              G ? G->IgnoreParenImpCasts()->getType().getNonReferenceType()
                : QualType();
          if (!T.isNull() && T->isPointerType())
            T = T->getPointeeType();
          const CXXRecordDecl *RD =
              T.isNull() ? nullptr : T->getAsCXXRecordDecl();
          return RD && matchesAnyName(R.GuardType, qualifiedName(RD));
        })) {
      Out.Offloaded = true;
      return;
    }
    if (auto W = Models.CallableWrappers.find(Key, Name,
                                              [](auto &) { return true; }))
      resolve(operandOf(CE, W->Callable), Models, Out, Depth + 1);
    return;
  }
  // Any other object of a functor type.
  if (const CXXRecordDecl *RD =
          E->getType().getNonReferenceType()->getAsCXXRecordDecl();
      RD && !RD->isLambda())
    addCallOperators(RD, Out);
}

CallableTargets resolveCallable(const Expr *E, const ModelIndex &Models) {
  CallableTargets Out;
  resolve(E, Models, Out, 0);
  return Out;
}

bool isCallableOperand(const Expr *E) {
  if (!isAnalysable(E))
    return false;
  QualType T = E->getType().getNonReferenceType();
  if (T->isFunctionType() || T->isFunctionPointerType() ||
      T->isMemberFunctionPointerType())
    return true;
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->isLambda();
  return false;
}

} // namespace clang::tidy::eventloop
