//===--- TopLevelDecls.cpp - A C TU's declarations as parsed --------------===//

#include "TopLevelDecls.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::eventloop {

void TopLevelDecls::add(DeclGroupRef Group) {
  for (Decl *D : Group) {
    // The walk's first two questions (GraphBuilder::TraverseDecl): it
    // passes by a declaration that holds no code, or one in no file (the
    // compiler's own) or in a library file.
    if (!holdsNoCode(D, LangOpts) && !Library.holds(D))
      Noted.push_back(D);
  }
}

std::optional<llvm::ArrayRef<Decl *>>
TopLevelDecls::walk(const ASTContext &Ctx) const {
  if (Ctx.getExternalSource())
    return std::nullopt;
  return llvm::ArrayRef(Noted);
}

} // namespace clang::tidy::eventloop
