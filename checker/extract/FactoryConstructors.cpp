//===--- FactoryConstructors.cpp - What a factory's instance makes --------===//

#include "FactoryConstructors.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::eventloop {

namespace {

/// A walk of the bodies that a factory's instantiation runs, down to the
/// construction of the class it makes.
class ConstructionSearch {
public:
  explicit ConstructionSearch(const CXXRecordDecl *RD)
      : Made(RD->getCanonicalDecl()) {}

  void function(const FunctionDecl *FD, unsigned Depth) {
    const FunctionDecl *Definition = nullptr;
    if (!FD || Depth > MaxDepth || !FD->hasBody(Definition) ||
        !Seen.insert(Definition).second)
      return;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Definition))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        statement(Init->getInit(), Depth);
    statement(Definition->getBody(), Depth);
  }

  llvm::SmallVector<const CXXConstructorDecl *, 1> Found;

private:
  void statement(const Stmt *S, unsigned Depth) {
    if (!S)
      return;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(S)) {
      const CXXConstructorDecl *Ctor = CE->getConstructor();
      if (Ctor->getParent()->getCanonicalDecl() == Made) {
        if (!llvm::is_contained(Found, Ctor))
          Found.push_back(Ctor);
      } else {
        function(Ctor, Depth + 1);
      }
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      function(Call->getDirectCallee(), Depth + 1);
    }
    for (const Stmt *Child : S->children())
      statement(Child, Depth);
  }

  /// libstdc++'s make_shared constructs seven calls down; the bound keeps
  /// the walk out of the rest of the library.
  static constexpr unsigned MaxDepth = 10;
  const CXXRecordDecl *Made;
  llvm::SmallPtrSet<const FunctionDecl *, 16> Seen;
};

} // namespace

llvm::SmallVector<const CXXConstructorDecl *, 1>
factoryConstructors(const FunctionDecl *Factory, const CXXRecordDecl *RD) {
  ConstructionSearch Search(RD);
  Search.function(Factory, 0);
  return std::move(Search.Found);
}

} // namespace clang::tidy::eventloop
