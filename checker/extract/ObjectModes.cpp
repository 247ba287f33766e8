//===--- ObjectModes.cpp - Objects the code puts into a mode --------------===//

#include "ObjectModes.h"
#include "Callables.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::eventloop {

/// One declaration per object; a parameter is the parameter of the
/// function's first declaration (a constructor declared in its class and
/// defined outside has two sets of parameters).
static const ValueDecl *canonical(const ValueDecl *D) {
  if (const auto *P = dyn_cast_or_null<ParmVarDecl>(D))
    if (const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext())) {
      const FunctionDecl *First = FD->getCanonicalDecl();
      unsigned I = P->getFunctionScopeIndex();
      return I < First->getNumParams() ? First->getParamDecl(I) : P;
    }
  return D ? cast<ValueDecl>(D->getCanonicalDecl()) : nullptr;
}

/// The object \p E names (Callables' namedObject), one declaration per
/// object.
static const ValueDecl *objectOf(const Expr *E) {
  return canonical(namedObject(E));
}

class ObjectModesCollector : public RecursiveASTVisitor<ObjectModesCollector> {
  using Base = RecursiveASTVisitor<ObjectModesCollector>;

public:
  ObjectModesCollector(ASTContext &Ctx, const llvm::StringSet<> &Modes,
                       llvm::function_ref<bool(const Decl *)> IsLibrary,
                       ObjectModes &Out)
      : Ctx(Ctx), Modes(Modes), IsLibrary(IsLibrary), Out(Out) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && IsLibrary(D))
      return true;
    return Base::TraverseDecl(D);
  }

  /// `socket_.non_blocking(true)`.
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !MD->getIdentifier() || MC->getNumArgs() == 0 ||
        !Modes.contains(MD->getName()))
      return true;
    bool On = false;
    const Expr *Arg = MC->getArg(0);
    if (Arg->isValueDependent() || !Arg->EvaluateAsBooleanCondition(On, Ctx) ||
        !On)
      return true;
    if (const ValueDecl *D = objectOf(MC->getImplicitObjectArgument()))
      Out.Set[D].insert(MD->getName());
    return true;
  }

  /// A reference field initialised from a constructor's parameter refers to
  /// what every construction passes for it.
  bool VisitCXXConstructorDecl(CXXConstructorDecl *CD) {
    for (const CXXCtorInitializer *Init : CD->inits()) {
      const FieldDecl *F = Init->getMember();
      if (!F || !F->getType()->isReferenceType() || !Init->getInit())
        continue;
      const auto *DRE =
          dyn_cast<DeclRefExpr>(Init->getInit()->IgnoreParenImpCasts());
      const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
      if (P && P->getDeclContext() == CD)
        refers(F, canonical(P));
      else
        refers(F, objectOf(Init->getInit()));
    }
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    passArguments(CE->getConstructor(), CE->getArgs(), CE->getNumArgs());
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    unsigned Skip = 0;
    // `a.f(x)` written as an operator call passes the object first.
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
        OC && isa_and_nonnull<CXXMethodDecl>(FD) &&
        !cast<CXXMethodDecl>(FD)->isStatic())
      Skip = 1;
    if (FD && CE->getNumArgs() >= Skip)
      passArguments(FD, CE->getArgs() + Skip, CE->getNumArgs() - Skip);
    return true;
  }

  /// `tcp::socket &s = socket_;`
  bool VisitVarDecl(VarDecl *VD) {
    if (!isa<ParmVarDecl>(VD) && VD->getType()->isReferenceType() &&
        VD->getInit())
      refers(VD, objectOf(VD->getInit()));
    return true;
  }

private:
  void passArguments(const FunctionDecl *FD, const Expr *const *Args,
                     unsigned N) {
    if (!FD || IsLibrary(FD))
      return;
    for (unsigned I = 0; I < N && I < FD->getNumParams(); ++I) {
      const ParmVarDecl *P = FD->getParamDecl(I);
      if (P->getType()->isReferenceType())
        refers(P, objectOf(Args[I]));
    }
  }

  void refers(const ValueDecl *Ref, const ValueDecl *To) {
    auto &List = Out.RefersTo[canonical(Ref)];
    To = canonical(To);
    if (!llvm::is_contained(List, To))
      List.push_back(To);
  }

  ASTContext &Ctx;
  const llvm::StringSet<> &Modes;
  llvm::function_ref<bool(const Decl *)> IsLibrary;
  ObjectModes &Out;
};

ObjectModes
ObjectModes::collect(ASTContext &Ctx, const llvm::StringSet<> &Modes,
                     llvm::function_ref<bool(const Decl *)> IsLibrary) {
  ObjectModes Out;
  ObjectModesCollector C(Ctx, Modes, IsLibrary, Out);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    C.TraverseDecl(D);
  return Out;
}

bool ObjectModes::isSet(const ValueDecl *D, llvm::StringRef Mode) const {
  llvm::SmallPtrSet<const ValueDecl *, 8> Seen;
  return D && isSet(canonical(D), Mode, Seen);
}

bool ObjectModes::isSet(const ValueDecl *D, llvm::StringRef Mode,
                        llvm::SmallPtrSetImpl<const ValueDecl *> &Seen) const {
  if (!D || !Seen.insert(D).second)
    return false;
  if (auto It = Set.find(D); It != Set.end() && It->second.contains(Mode))
    return true;
  // A reference: only when everything it refers to is in the mode.
  auto It = RefersTo.find(D);
  if (It == RefersTo.end() || It->second.empty())
    return false;
  return llvm::all_of(
      It->second, [&](const ValueDecl *To) { return isSet(To, Mode, Seen); });
}

} // namespace clang::tidy::eventloop
