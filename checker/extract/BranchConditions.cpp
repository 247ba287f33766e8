//===--- BranchConditions.cpp - What an if's condition fixes --------------===//

#include "BranchConditions.h"
#include "../analysis/ModelIndex.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::eventloop {

namespace {

/// Counts the references to one parameter, and those that only read it.
class Uses : public RecursiveASTVisitor<Uses> {
public:
  explicit Uses(const ParmVarDecl *P) : P(P) {}
  bool VisitImplicitCastExpr(ImplicitCastExpr *E) {
    if (E->getCastKind() == CK_LValueToRValue)
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(E->getSubExpr()->IgnoreParens());
          Ref && Ref->getDecl() == P)
        ++Reads;
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    All += Ref->getDecl() == P;
    return true;
  }
  unsigned All = 0, Reads = 0;

private:
  const ParmVarDecl *P;
};

/// `P` or `!P`, P a bool parameter of \p FD that it never writes.
std::optional<facts::ParamCondition>
condition(const Expr *E, const FunctionDecl *FD, ReadOnlyParameters &ReadOnly) {
  bool Value = true;
  E = E->IgnoreParenImpCasts();
  while (const auto *Not = dyn_cast<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      return std::nullopt;
    Value = !Value;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!P || P->getDeclContext() != FD || !P->getType()->isBooleanType() ||
      !ReadOnly.contains(P))
    return std::nullopt;
  return facts::ParamCondition{P->getFunctionScopeIndex(), Value};
}

} // namespace

bool ReadOnlyParameters::contains(const ParmVarDecl *P) {
  auto [It, New] = Known.try_emplace(P, false);
  if (!New)
    return It->second;
  const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!FD || !FD->hasBody() || P->getType()->isReferenceType())
    return false;
  Uses Count(P);
  Count.TraverseStmt(FD->getBody());
  return It->second = Count.All == Count.Reads;
}

llvm::SmallVector<facts::ParamCondition, 2>
parameterConditions(const Expr *Cond, const FunctionDecl *FD, bool Then,
                    ReadOnlyParameters &ReadOnly) {
  llvm::SmallVector<facts::ParamCondition, 2> Out;
  if (!Cond || !FD)
    return Out;
  llvm::SmallVector<const Expr *, 4> Work{Cond};
  while (!Work.empty()) {
    const Expr *E = Work.pop_back_val()->IgnoreParenImpCasts();
    if (const auto *And = dyn_cast<BinaryOperator>(E);
        Then && And && And->getOpcode() == BO_LAnd) {
      Work.push_back(And->getRHS());
      Work.push_back(And->getLHS());
      continue;
    }
    if (auto C = condition(E, FD, ReadOnly)) {
      if (!Then)
        C->Value = !C->Value;
      Out.push_back(*C);
    }
  }
  return Out;
}

bool falseWhileConstructing(const Expr *Cond, const ModelIndex &Models) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *And = dyn_cast<BinaryOperator>(Cond);
      And && And->getOpcode() == BO_LAnd)
    return falseWhileConstructing(And->getLHS(), Models) ||
           falseWhileConstructing(And->getRHS(), Models);
  const auto *Call = dyn_cast<CXXMemberCallExpr>(Cond);
  const Expr *Object = Call ? Call->getImplicitObjectArgument() : nullptr;
  return Object && isa<CXXThisExpr>(Object->IgnoreParenImpCasts()) &&
         Call->getMethodDecl() &&
         ModelIndex::names(Models.FalseWhileConstructing,
                           Call->getMethodDecl());
}

} // namespace clang::tidy::eventloop
