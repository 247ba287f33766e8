//===--- TopLevelDecls.h - A C TU's declarations as parsed ------*- C++ -*-===//
//
// The walk (ASTGraph) starts from the TU's top-level declarations, and most
// of a C TU's are its system headers' prototypes, typedefs and structs:
// passed by at once, but each a read of memory the parse left long ago.
// Where the parser hands every top-level declaration over as it is parsed
// (ASTConsumer::HandleTopLevelDecl), the driver notes here those the walk
// will not pass by (LibraryFiles.h) while they are still in the cache, and
// the walk starts from these alone.
//
// Only for C: it has no templates, instantiated at the TU's end and not
// handed over in the TU's order, and its function bodies are complete when
// handed over. And only for an AST made by the parser alone: of a
// precompiled header's declarations, the reader hands over only some (the
// definitions), and not in the TU's order, so the walk goes over the whole
// TU then. The result is the same either way (the facts byte for byte);
// only the memory read differs.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_TOPLEVELDECLS_H
#define EVENTLOOP_TIDY_EXTRACT_TOPLEVELDECLS_H

#include "LibraryFiles.h"
#include "clang/AST/DeclGroup.h"
#include <optional>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::eventloop {

class TopLevelDecls {
public:
  TopLevelDecls(const SourceManager &SM, const LangOptions &LangOpts,
                const ModelIndex &Models)
      : LangOpts(LangOpts), Library(SM, Models) {}

  /// Whether the declarations of a TU in \p LangOpts can be noted so.
  static bool apply(const LangOptions &LangOpts) {
    return !LangOpts.CPlusPlus && !LangOpts.ObjC;
  }

  /// Notes what of \p Group the walk may go into.
  void add(DeclGroupRef Group);

  /// The declarations to walk, in the TU's order; none when what was noted
  /// does not stand for \p Ctx's TU (declarations from a precompiled header
  /// or a module).
  std::optional<llvm::ArrayRef<Decl *>> walk(const ASTContext &Ctx) const;

private:
  const LangOptions &LangOpts;
  LibraryFiles Library;
  std::vector<Decl *> Noted;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_TOPLEVELDECLS_H
