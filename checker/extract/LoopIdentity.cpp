//===--- LoopIdentity.cpp - Which loop object an expression names ---------===//

#include "LoopIdentity.h"
#include "../analysis/QualifiedName.h"
#include "Callables.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::eventloop {

static const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(Next))
      Next = C->getSubExpr();
    else if (const auto *U = dyn_cast<UnaryOperator>(Next);
             U && (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref))
      Next = U->getSubExpr();
    // `(uv_handle_t *)&timer` names the timer.
    else if (const auto *C = dyn_cast<CStyleCastExpr>(Next))
      Next = C->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(Next);
             CC && CC->getNumArgs() == 1 &&
             CC->getConstructor()->isCopyOrMoveConstructor())
      Next = CC->getArg(0);
    // `p->run()` on a smart pointer: the object it points to.
    else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Next);
             OC &&
             (OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
             OC->getNumArgs() == 1)
      Next = OC->getArg(0);
    else if (const auto *NE = dyn_cast<CXXNewExpr>(Next))
      Next = NE->getConstructExpr() ? NE->getConstructExpr() : Next;
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

namespace {
class Resolver {
public:
  Resolver(const ASTGraph &G, const ModelIndex &Models,
           const FrameworkModel *Model)
      : G(G), Models(Models), Model(Model) {}

  LoopIdentity resolve(const Expr *E, unsigned Depth) {
    E = strip(E);
    // `loop.attr("run_until_complete")`: the object of an attribute lookup.
    for (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
         MC && MC->getMethodDecl() && MC->getNumArgs() == 1 &&
         ModelIndex::names(Models.AttributeLookups, MC->getMethodDecl());
         MC = dyn_cast_or_null<CXXMemberCallExpr>(E))
      E = strip(MC->getImplicitObjectArgument());
    if (!isAnalysable(E) || Depth > 8)
      return {};
    // A null loop operand: the framework's default loop (GLib's NULL
    // context).
    if (isNullLiteral(E)) {
      LoopIdentity L = defaultLoopOf(Model, Models);
      L.Null = !L.known();
      return L;
    }
    if (const auto *CE = dyn_cast<CallExpr>(E))
      return resolveCall(CE, Depth);
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
      // `new QEventLoop` or a temporary loop: made here.
      if (Models.loopType(qualifiedName(CC->getConstructor()->getParent()))) {
        LoopIdentity L;
        L.MadeAt = CC;
        L.Made = true;
        return L;
      }
      // A wrapper made from a pointer to a loop (ev::loop_ref from a
      // `struct ev_loop *`) refers to that loop.
      if (CC->getNumArgs() == 1 &&
          !CC->getConstructor()->isCopyOrMoveConstructor()) {
        QualType A = CC->getArg(0)->getType();
        if (const RecordDecl *RD = A->isPointerType()
                                       ? A->getPointeeType()->getAsRecordDecl()
                                       : nullptr;
            RD && Models.loopType(RD->getName()))
          return resolve(CC->getArg(0), Depth + 1);
      }
      return {};
    }
    const ValueDecl *D = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      D = DRE->getDecl();
    else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      // `handle->loop`: the loop the handle is bound to.
      if (findFieldRule(Models.LoopFields, ME->getMemberDecl())) {
        LoopIdentity L = resolve(ME->getBase(), Depth + 1);
        if (L.Param)
          L.Name += (ME->isArrow() ? "->" : ".") +
                    ME->getMemberDecl()->getName().str();
        return L;
      }
      D = ME->getMemberDecl();
    }
    if (!D)
      return {};
    return resolveDecl(D, Depth);
  }

private:
  LoopIdentity resolveCall(const CallExpr *CE, unsigned Depth) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee)
      return {};
    std::string Key = lastNamePart(Callee);
    // `uv_handle_get_loop(handle)`: the loop the handle is bound to.
    if (Models.LoopAccessors.mayMatch(Key))
      if (auto R = Models.LoopAccessors.find(Key, qualifiedName(Callee),
                                             [](auto &) { return true; }))
        if (const Expr *Object = operandOf(CE, R->Object)) {
          LoopIdentity L = resolve(Object, Depth + 1);
          // A C accessor names the loop it reads (`uv_handle_get_loop(h)`);
          // a member (`io.get_executor()`) is the object's own loop.
          if (L.Param && R->Object != ObjectOperand)
            L.Name = Key + "(" + L.Name + ")";
          return L;
        }
    if (Models.DefaultLoops.mayMatch(Key))
      if (auto R = Models.DefaultLoops.find(Key, qualifiedName(Callee),
                                            [](auto &) { return true; })) {
        LoopIdentity L;
        L.Default = Models.defaultLoopName(*R.R);
        L.Name = Key + "()";
        return L;
      }
    // `std::make_unique<io_context>()`: a loop made here.
    if (Models.ObjectFactories.mayMatch(Key) &&
        Models.ObjectFactories.find(Key, qualifiedName(Callee),
                                    [](auto &) { return true; }))
      if (const TemplateArgumentList *Args =
              Callee->getTemplateSpecializationArgs();
          Args && Args->size() > 0 &&
          Args->get(0).getKind() == TemplateArgument::Type)
        if (const CXXRecordDecl *RD =
                Args->get(0).getAsType()->getAsCXXRecordDecl();
            RD && Models.loopType(qualifiedName(RD))) {
          LoopIdentity L;
          L.MadeAt = CE;
          L.Made = true;
          return L;
        }
    if (Models.LoopFactories.mayMatch(Key) &&
        Models.LoopFactories.find(Key, qualifiedName(Callee),
                                  [](auto &) { return true; })) {
      LoopIdentity L;
      L.MadeAt = CE;
      L.Made = true;
      return L;
    }
    return {};
  }

  LoopIdentity resolveDecl(const ValueDecl *D, unsigned Depth) {
    auto Bound = G.HandleLoops.find(D);
    if (Bound != G.HandleLoops.end()) {
      const FrameworkModel *Outer = Model;
      if (Bound->second.Model)
        Model = Bound->second.Model;
      LoopIdentity L = resolve(Bound->second.LoopExpr, Depth + 1);
      Model = Outer;
      if (L.known())
        return L;
    }
    // A number names no loop object: `fd`, `flags`, a GLib source id not
    // bound above. Most arguments of a C call are such.
    if (QualType T = D->getType().getNonReferenceType();
        T->isArithmeticType() || T->isEnumeralType())
      return {};
    LoopIdentity Self;
    Self.Decl = cast<ValueDecl>(D->getCanonicalDecl());
    Self.Name = D->getName().str();
    if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
      Self.Param = P;
      return Self;
    }
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD)
      return Self;
    QualType T = VD->getType();
    const Expr *Init = VD->getInit();
    if ((T->isReferenceType() || T->isPointerType()) && Init) {
      // `uv_loop_t *loop = uv_loop_new()`, or a reference to another loop.
      LoopIdentity L = throughInit(VD, Self, Depth);
      return L.known() ? L : Self;
    }
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
      if (Models.loopType(qualifiedName(RD))) {
        Self.LocalTo = VD->hasLocalStorage() ? VD->getDeclContext() : nullptr;
        return Self;
      }
      // A handle made on a loop: `steady_timer t(io)`.
      if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(
              Init ? Init->IgnoreImplicit() : nullptr);
          CC && CC->getNumArgs() >= 1) {
        LoopIdentity L = resolve(CC->getArg(0), Depth + 1);
        if (L.known())
          return L;
      }
      // `auto ex = io.get_executor()`, `auto p = make_unique<io_context>()`.
      else if (Init) {
        LoopIdentity L = throughInit(VD, Self, Depth);
        if (L.known())
          return L;
      }
    } else if (const RecordDecl *CRD = T->getAsRecordDecl()) {
      // A C loop struct on the stack (`uv_loop_t loop; uv_loop_init(&loop)`).
      if (Models.loopType(CRD->getName()))
        Self.LocalTo = VD->hasLocalStorage() ? VD->getDeclContext() : nullptr;
    }
    return Self;
  }

  /// What \p VD was initialised with; a loop made there is \p VD itself.
  LoopIdentity throughInit(const VarDecl *VD, const LoopIdentity &Self,
                           unsigned Depth) {
    LoopIdentity L = resolve(VD->getInit(), Depth + 1);
    if (L.Made) {
      L.Decl = Self.Decl;
      L.MadeAt = nullptr;
      L.Name = Self.Name;
      L.LocalTo = VD->hasLocalStorage() ? VD->getDeclContext() : nullptr;
    }
    return L;
  }

  static bool isNullLiteral(const Expr *E) {
    if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
      return true;
    const auto *IL = dyn_cast<IntegerLiteral>(E);
    return IL && IL->getValue() == 0;
  }

  const ASTGraph &G;
  const ModelIndex &Models;
  const FrameworkModel *Model;
};
} // namespace

LoopIdentity defaultLoopOf(const FrameworkModel *Model,
                           const ModelIndex &Models) {
  LoopIdentity L;
  if (Model && !Model->NullLoop.empty() &&
      Models.defaultLoopKey(Model->NullLoop))
    L.Default = Model->NullLoop;
  return L;
}

LoopIdentity resolveLoop(const Expr *E, const ASTGraph &G,
                         const ModelIndex &Models,
                         const FrameworkModel *Model) {
  return Resolver(G, Models, Model).resolve(E, 0);
}

const Expr *argumentFor(const Expr *Call, unsigned Index) {
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(Call)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
    unsigned Offset = MD && !MD->isStatic() ? 1 : 0;
    return Index + Offset < OC->getNumArgs() ? OC->getArg(Index + Offset)
                                             : nullptr;
  }
  if (const auto *CE = dyn_cast_or_null<CallExpr>(Call))
    return Index < CE->getNumArgs() ? CE->getArg(Index) : nullptr;
  if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(Call))
    return Index < CC->getNumArgs() ? CC->getArg(Index) : nullptr;
  return nullptr;
}

} // namespace clang::tidy::eventloop
