//===--- BranchConditions.cpp - What an if's condition fixes --------------===//

#include "BranchConditions.h"
#include "../analysis/ModelIndex.h"
#include "NamedMember.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace clang::tidy::eventloop {

namespace {

/// Counts, for each parameter of one function, the references to it and
/// those that only read it: one walk of the body for all of them.
class Uses : public RecursiveASTVisitor<Uses> {
public:
  explicit Uses(const FunctionDecl &FD)
      : All(FD.getNumParams()), Reads(FD.getNumParams()), FD(FD) {}
  bool VisitImplicitCastExpr(ImplicitCastExpr *E) {
    if (E->getCastKind() == CK_LValueToRValue)
      if (auto I = parameter(E->getSubExpr()->IgnoreParens()))
        ++Reads[*I];
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (auto I = parameter(Ref))
      ++All[*I];
    return true;
  }
  std::vector<unsigned> All, Reads;

private:
  std::optional<unsigned> parameter(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
    if (!P || P->getDeclContext() != &FD ||
        P->getFunctionScopeIndex() >= All.size())
      return std::nullopt;
    return P->getFunctionScopeIndex();
  }
  const FunctionDecl &FD;
};

/// A parameter of \p FD named by \p E.
const ParmVarDecl *parameterOf(const Expr *E, const FunctionDecl *FD) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  return P && P->getDeclContext() == FD ? P : nullptr;
}

/// Does converting a value of \p From to \p To keep it, so that a
/// comparison in \p To sees the parameter's own value?
bool keepsValues(QualType From, QualType To, const ASTContext &Ctx) {
  if (!From->isIntegralOrEnumerationType() ||
      !To->isIntegralOrEnumerationType())
    return false;
  // An enumeration's promotion keeps each of its enumerators, though not
  // every value of its underlying type (`unsigned` to `int`).
  if (const auto *Enum = From->getAs<EnumType>()) {
    const EnumDecl *Decl = Enum->getDecl();
    if (const EnumDecl *Definition = Decl->getDefinition())
      Decl = Definition;
    if (Ctx.hasSameUnqualifiedType(To, Decl->getPromotionType()))
      return true;
  }
  unsigned FromWidth = Ctx.getIntWidth(From), ToWidth = Ctx.getIntWidth(To);
  bool FromSigned = From->isSignedIntegerOrEnumerationType();
  bool ToSigned = To->isSignedIntegerOrEnumerationType();
  if (FromSigned == ToSigned)
    return ToWidth >= FromWidth;
  return ToSigned && ToWidth > FromWidth;
}

/// `P` or `!P`, P a parameter of \p FD; or `P == E`
/// or `P != E`, E a constant (`key == Config::KeeShare_Active`, `mode ==
/// 2`, `cb != NULL`).
std::optional<facts::ParamCondition> condition(const Expr *E,
                                               const FunctionDecl *FD) {
  bool Value = true;
  E = E->IgnoreParenImpCasts();
  while (const auto *Not = dyn_cast<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      return std::nullopt;
    Value = !Value;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  ASTContext &Ctx = FD->getASTContext();
  if (const auto *Compare = dyn_cast<BinaryOperator>(E);
      Compare && Compare->isEqualityOp()) {
    const Expr *L = Compare->getLHS(), *R = Compare->getRHS();
    const ParmVarDecl *P = parameterOf(L, FD);
    if (!P) {
      std::swap(L, R);
      P = parameterOf(L, FD);
    }
    if (!P)
      return std::nullopt;
    // Both operands are compared in L's type, the parameter's converted.
    std::optional<int64_t> Equals;
    if (P->getType()->isPointerType() ||
        keepsValues(P->getType(), L->getType(), Ctx))
      Equals = constantValue(R, Ctx);
    if (!Equals)
      return std::nullopt;
    facts::ParamCondition C{P->getFunctionScopeIndex(), Value};
    C.Equality = true;
    C.Equals = *Equals;
    if (Compare->getOpcode() == BO_NE)
      C.Value = !C.Value;
    return C;
  }
  const ParmVarDecl *P = parameterOf(E, FD);
  if (!P)
    return std::nullopt;
  QualType T = P->getType();
  if (T->isBooleanType())
    return facts::ParamCondition{P->getFunctionScopeIndex(), Value};
  if (!T->isIntegralOrEnumerationType() && !T->isPointerType())
    return std::nullopt;
  // `if (wait)`: the branch runs when whether the parameter is 0 is not
  // Value.
  facts::ParamCondition C{P->getFunctionScopeIndex(), !Value};
  C.Equality = true;
  C.Equals = 0;
  return C;
}

} // namespace

const EnumConstantDecl *enumeratorOf(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
}

namespace {

/// Can \p E be a constant at all: literals, enumerators, constants and
/// operators on them, not a variable, a call or a member. Most arguments
/// are not, and clang's evaluation is not asked about them.
bool mayBeConstant(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (isa<IntegerLiteral, CharacterLiteral, CXXBoolLiteralExpr,
          CXXNullPtrLiteralExpr, GNUNullExpr, UnaryExprOrTypeTraitExpr>(E))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    return isa<EnumConstantDecl>(Ref->getDecl()) ||
           (Var && Var->getType().isConstQualified());
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    return mayBeConstant(Unary->getSubExpr());
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    return mayBeConstant(Binary->getLHS()) && mayBeConstant(Binary->getRHS());
  return false;
}

} // namespace

std::optional<int64_t> constantValue(const Expr *E, ASTContext &Ctx) {
  if (E->isValueDependent() || !mayBeConstant(E))
    return std::nullopt;
  QualType T = E->getType();
  if (T->isPointerType() || T->isNullPtrType())
    return E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
                   Expr::NPCK_NotNull
               ? std::optional<int64_t>(0)
               : std::nullopt;
  if (!T->isIntegralOrEnumerationType())
    return std::nullopt;
  // Most constants are a literal or an enumerator, converted: read them
  // without clang's evaluator, which costs more than the rest of a call's
  // facts.
  std::optional<llvm::APSInt> V;
  const Expr *Written = E->IgnoreParenImpCasts();
  if (const auto *Literal = dyn_cast<IntegerLiteral>(Written))
    V = llvm::APSInt(Literal->getValue(),
                     Literal->getType()->isUnsignedIntegerType());
  else if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(Written))
    V = llvm::APSInt::get(Bool->getValue());
  else if (const EnumConstantDecl *Enumerator = enumeratorOf(Written))
    V = Enumerator->getInitVal();
  if (V) {
    if (T->isBooleanType())
      return !V->isZero();
    // What the implicit conversions to T do: truncate, or extend by the
    // written type's sign.
    V = V->extOrTrunc(Ctx.getIntWidth(T));
    V->setIsSigned(T->isSignedIntegerOrEnumerationType());
  } else {
    V = E->getIntegerConstantExpr(Ctx);
  }
  return V ? V->tryExtValue() : std::nullopt;
}

bool ReadOnlyParameters::contains(const ParmVarDecl *P) {
  if (auto It = Known.find(P); It != Known.end())
    return It->second;
  const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!FD || !FD->hasBody())
    return Known[P] = false;
  Uses Count(*FD);
  Count.TraverseStmt(FD->getBody());
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    const ParmVarDecl *Each = FD->getParamDecl(I);
    Known[Each] =
        !Each->getType()->isReferenceType() && Count.All[I] == Count.Reads[I];
  }
  // A parameter that is not one of FD's own (it cannot be): not read-only.
  return Known.try_emplace(P, false).first->second;
}

llvm::SmallVector<facts::ParamCondition, 2>
parameterConditions(const Expr *Cond, const FunctionDecl *FD, bool Then) {
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
    if (auto C = condition(E, FD)) {
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
