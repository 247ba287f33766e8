//===--- NamedMember.cpp - The member function an operand names -----------===//

#include "NamedMember.h"
#include "../ClangCompat.h"
#include "../analysis/QualifiedName.h"
#include "Callables.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::eventloop {

const CXXRecordDecl *classOf(const Expr *E) {
  if (!E || !isAnalysable(E))
    return nullptr;
  QualType T = E->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() ? RD->getDefinition() : nullptr;
}

const CXXRecordDecl *moreDerived(const CXXRecordDecl *A,
                                 const CXXRecordDecl *B) {
  A = A && A->hasDefinition() ? A->getDefinition() : nullptr;
  B = B && B->hasDefinition() ? B->getDefinition() : nullptr;
  if (!A || !B)
    return A ? A : B;
  return B->isDerivedFrom(A) ? B : A;
}

llvm::SmallVector<const CXXRecordDecl *, 2>
classesCalledThrough(const Expr *Call, const CXXMethodDecl *Method) {
  llvm::SmallVector<const CXXRecordDecl *, 2> Classes;
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Call);
  const CXXRecordDecl *Declaring = Method->getParent()->getDefinition();
  if (!MC || !Declaring)
    return Classes;
  const CXXRecordDecl *RD = classOf(MC->getImplicitObjectArgument());
  // Down one path of bases to the declaring class; a class hierarchy deeper
  // than this is not written by hand.
  while (RD && RD != Declaring && Classes.size() < 16) {
    Classes.push_back(RD);
    const CXXRecordDecl *Next = nullptr;
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
          Base && Base->hasDefinition() &&
          (Base->getDefinition() == Declaring ||
           Base->getDefinition()->isDerivedFrom(Declaring))) {
        Next = Base->getDefinition();
        break;
      }
    RD = Next;
  }
  // The object's class did not derive from the method's (a call through a
  // conversion): no class between them.
  if (RD != Declaring)
    Classes.clear();
  return Classes;
}

const CXXMethodDecl *findMethod(const CXXRecordDecl *Class,
                                llvm::StringRef Name) {
  // Breadth first: a class's own method hides its bases' of that name.
  llvm::SmallVector<const CXXRecordDecl *, 8> Work{Class};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  for (size_t I = 0; I < Work.size() && I < 64; ++I) {
    const CXXRecordDecl *RD = Work[I];
    if (!RD || !Seen.insert(RD).second)
      continue;
    for (const CXXMethodDecl *M : RD->methods())
      if (M->getIdentifier() && M->getName() == Name)
        return M;
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        if (Base->hasDefinition())
          Work.push_back(Base->getDefinition());
  }
  return nullptr;
}

/// The method name in a string such as "2clicked(bool)" or "onTick", or
/// empty.
static llvm::StringRef methodName(const StringLiteral *S) {
  if (!S->isOrdinary())
    return {};
  // The string may carry the place it was written after a NUL.
  llvm::StringRef Text = S->getString().split('\0').first.trim();
  if (!Text.empty() && llvm::isDigit(Text.front()))
    Text = Text.drop_front();
  llvm::StringRef Name = Text.split('(').first.trim();
  if (Name.empty() || llvm::isDigit(Name.front()) ||
      !llvm::all_of(Name, [](char C) { return llvm::isAlnum(C) || C == '_'; }))
    return {};
  return Name;
}

std::string NamedMember::name() const {
  const CXXRecordDecl *Class = Through ? Through : Method->getParent();
  return qualifiedName(Class) + "::" + Method->getNameAsString();
}

NamedMember namedMember(const Expr *E, const Expr *Object) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    if (!isAnalysable(E))
      return {};
    E = E->IgnoreParenCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      if (const auto *DRE =
              dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParens())) {
        NamedMember Out;
        Out.Method = dyn_cast<CXXMethodDecl>(DRE->getDecl());
        if (const Type *Q = qualifierType(DRE))
          Out.Through = Q->getAsCXXRecordDecl();
        return Out;
      }
    if (const auto *S = dyn_cast<StringLiteral>(E)) {
      llvm::StringRef Name = methodName(S);
      const CXXRecordDecl *Class = classOf(Object);
      if (Name.empty() || !Class)
        return {};
      return {findMethod(Class, Name), Class};
    }
    const auto *Call = dyn_cast<CallExpr>(E);
    if (!Call)
      return {};
    // An overload selector returns its one member pointer; a function that
    // tags a string with where it was written returns the string.
    const Expr *Only = nullptr;
    for (const Expr *Arg : Call->arguments()) {
      if (!isAnalysable(Arg))
        continue;
      QualType T = Arg->getType();
      if (!T->isMemberFunctionPointerType() &&
          !isa<StringLiteral>(Arg->IgnoreParenCasts()))
        continue;
      if (Only)
        return {};
      Only = Arg;
    }
    E = Only;
  }
  return {};
}

bool derivesFrom(const CXXRecordDecl *RD,
                 llvm::function_ref<bool(const CXXRecordDecl *)> Is,
                 unsigned Depth) {
  if (!RD || Depth > 32 || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  if (Is(RD))
    return true;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (derivesFrom(B.getType()->getAsCXXRecordDecl(), Is, Depth + 1))
      return true;
  return false;
}

bool derivesFromNamed(const CXXRecordDecl *RD,
                      const RuleTable<llvm::StringRef> &Table) {
  return derivesFrom(
      RD, [&](const CXXRecordDecl *C) { return ModelIndex::names(Table, C); });
}

bool madeForWindow(const CXXRecordDecl *RD,
                   const RuleTable<llvm::StringRef> &Windows) {
  bool Any = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (Ctor->isImplicit() || Ctor->isCopyOrMoveConstructor() ||
        Ctor->isDeleted())
      continue;
    Any = true;
    if (llvm::none_of(Ctor->parameters(), [&](const ParmVarDecl *P) {
          QualType T = P->getType().getNonReferenceType();
          if (T->isPointerType())
            T = T->getPointeeType();
          return derivesFromNamed(T->getAsCXXRecordDecl(), Windows);
        }))
      return false;
  }
  return Any;
}

bool isOwnWindow(const Expr *Object, const RuleTable<llvm::StringRef> &Windows,
                 const RuleTable<llvm::StringRef> *Parts) {
  if (!Object || !isa<CXXThisExpr>(Object->IgnoreParenImpCasts()))
    return false;
  const CXXRecordDecl *RD = classOf(Object);
  if (derivesFromNamed(RD, Windows))
    return true;
  return Parts && derivesFromNamed(RD, *Parts) &&
         derivesFrom(RD, [&](const CXXRecordDecl *C) {
           return madeForWindow(C, Windows);
         });
}

} // namespace clang::tidy::eventloop
