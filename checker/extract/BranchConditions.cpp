//===--- BranchConditions.cpp - What an if's condition fixes --------------===//

#include "BranchConditions.h"
#include "../analysis/ModelIndex.h"
#include "NamedMember.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLFunctionalExtras.h"

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

/// A parameter of \p FD that it never writes, named by \p E.
const ParmVarDecl *readOnlyParameter(const Expr *E, const FunctionDecl *FD,
                                     ReadOnlyParameters &ReadOnly) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!P || P->getDeclContext() != FD || !ReadOnly.contains(P))
    return nullptr;
  return P;
}

/// `P` or `!P`, P a bool parameter of \p FD that it never writes; or
/// `P == E` or `P != E`, P an enumeration's parameter and E one of its
/// enumerators (`key == Config::KeeShare_Active`).
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
  if (const auto *Compare = dyn_cast<BinaryOperator>(E);
      Compare && Compare->isEqualityOp()) {
    const Expr *L = Compare->getLHS(), *R = Compare->getRHS();
    if (!enumeratorValue(R))
      std::swap(L, R);
    auto Equals = enumeratorValue(R);
    const ParmVarDecl *P = readOnlyParameter(L, FD, ReadOnly);
    if (!Equals || !P || !P->getType()->isEnumeralType())
      return std::nullopt;
    facts::ParamCondition C{P->getFunctionScopeIndex(), Value};
    C.Equality = true;
    C.Equals = *Equals;
    if (Compare->getOpcode() == BO_NE)
      C.Value = !C.Value;
    return C;
  }
  const ParmVarDecl *P = readOnlyParameter(E, FD, ReadOnly);
  if (!P || !P->getType()->isBooleanType())
    return std::nullopt;
  return facts::ParamCondition{P->getFunctionScopeIndex(), Value};
}

} // namespace

const EnumConstantDecl *enumeratorOf(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
}

std::optional<int64_t> enumeratorValue(const Expr *E) {
  const EnumConstantDecl *Enumerator = enumeratorOf(E);
  if (!Enumerator || Enumerator->getInitVal().getSignificantBits() > 64)
    return std::nullopt;
  return Enumerator->getInitVal().getSExtValue();
}

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

namespace {

/// The call \p E makes, if it calls a function that \p Table names.
const CallExpr *callOf(const Expr *E, const RuleTable<llvm::StringRef> &Table) {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  return FD && ModelIndex::names(Table, FD) ? Call : nullptr;
}

/// Is the branch of \p Cond (the then branch with \p Then, else the else
/// branch) taken only when a property holds? So it is when it needs a
/// comparison to have the value that \p Implies gives for it (none: the
/// comparison says nothing), through `!`, `&&` and `||`: the then branch of
/// `a && b` and the else of `a || b` need both operands' values, so one
/// that implies the property suffices; the then branch of `a || b` and the
/// else of `a && b` need one of them, so both must.
bool branchImplies(
    const Expr *Cond, bool Then,
    llvm::function_ref<std::optional<bool>(const BinaryOperator &)> Implies) {
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
      Not && Not->getOpcode() == UO_LNot)
    return branchImplies(Not->getSubExpr(), !Then, Implies);
  const auto *BO = dyn_cast<BinaryOperator>(Cond);
  if (!BO)
    return false;
  if (BO->getOpcode() == BO_LAnd || BO->getOpcode() == BO_LOr) {
    bool Both = (BO->getOpcode() == BO_LAnd) != Then;
    bool L = branchImplies(BO->getLHS(), Then, Implies);
    bool R = branchImplies(BO->getRHS(), Then, Implies);
    return Both ? L && R : L || R;
  }
  if (!BO->isEqualityOp())
    return false;
  std::optional<bool> Value = Implies(*BO);
  return Value && *Value == Then;
}

/// Do the operands of \p Test, in one order or the other, satisfy
/// \p Match?
bool eitherOrder(const BinaryOperator &Test,
                 llvm::function_ref<bool(const Expr *, const Expr *)> Match) {
  return Match(Test.getLHS(), Test.getRHS()) ||
         Match(Test.getRHS(), Test.getLHS());
}

} // namespace

bool isMainThread(const Expr *E, const ModelIndex &Models) {
  const auto *Call =
      dyn_cast_or_null<CXXMemberCallExpr>(callOf(E, Models.ObjectThreadCalls));
  return Call && derivesFromNamed(classOf(Call->getImplicitObjectArgument()),
                                  Models.ApplicationClasses);
}

bool offMainThread(const Expr *Cond, bool Then, const ModelIndex &Models) {
  // `==` is true on the main thread: false (`!=` true), it says the thread
  // is another.
  return branchImplies(Cond, Then, [&](const BinaryOperator &Test) {
    return eitherOrder(Test,
                       [&](const Expr *L, const Expr *R) {
                         return callOf(L, Models.CurrentThreadCalls) &&
                                isMainThread(R, Models);
                       })
               ? std::optional<bool>(Test.getOpcode() == BO_NE)
               : std::nullopt;
  });
}

bool isEventType(const Expr *E, const ModelIndex &Models) {
  return callOf(E, Models.EventTypeCalls) != nullptr;
}

bool isUserInputEvent(const Expr *E, const ModelIndex &Models) {
  const EnumConstantDecl *Type = enumeratorOf(E);
  return Type && ModelIndex::names(Models.UserInputEvents, Type);
}

bool userInputOnly(const Expr *Cond, bool Then, const ModelIndex &Models) {
  // `==` with one of the user's input events is true for that input only.
  return branchImplies(Cond, Then, [&](const BinaryOperator &Test) {
    return eitherOrder(Test,
                       [&](const Expr *L, const Expr *R) {
                         return isEventType(L, Models) &&
                                isUserInputEvent(R, Models);
                       })
               ? std::optional<bool>(Test.getOpcode() == BO_EQ)
               : std::nullopt;
  });
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
