//===--- ClangCompat.h - Where clang's API differs by release ---*- C++ -*-===//
//
// eventloop-tidy builds against LLVM 22 and against LLVM 19 (the clang-tidy
// of Debian 13 and Ubuntu 25.04). Every difference in clang's API between
// them is here, behind one name, and no other file tests a version. Each
// switch is at the release that changed the API; 19 and 22 are the ones
// built and tested.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CLANGCOMPAT_H
#define EVENTLOOP_TIDY_CLANGCOMPAT_H

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/Version.h"

// ClangTidyModuleRegistry: declared in ClangTidyModule.h since LLVM 22,
// whose ClangTidyModuleRegistry.h only warns that it is deprecated.
#if CLANG_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace clang::tidy::eventloop {

/// The type that \p E's qualifier names ("Base" in `&Base::run`), or null
/// when there is no qualifier or it names a namespace. LLVM 22 made
/// NestedNameSpecifier a value with a Kind (llvm-project#147835); before, a
/// pointer whose getAsType() is null unless it names a type.
inline const Type *qualifierType(const DeclRefExpr *E) {
#if CLANG_VERSION_MAJOR >= 22
  NestedNameSpecifier Q = E->getQualifier();
  return Q && Q.getKind() == NestedNameSpecifier::Kind::Type ? Q.getAsType()
                                                             : nullptr;
#else
  const NestedNameSpecifier *Q = E->getQualifier();
  return Q ? Q->getAsType() : nullptr;
#endif
}

/// \p Options as DiagnosticRenderer's constructor takes them: by reference
/// since LLVM 21 (llvm-project#139584); before, as a reference-counted
/// pointer that the renderer releases, so it gets a heap copy of its own.
#if CLANG_VERSION_MAJOR >= 21
inline DiagnosticOptions &rendererOptions(DiagnosticOptions &Options) {
  return Options;
}
#else
inline DiagnosticOptions *rendererOptions(DiagnosticOptions &Options) {
  return new DiagnosticOptions(Options);
}
#endif

/// The arguments a .clang-tidy file removes from the compile commands of
/// its files (`RemovedArgs`): read since LLVM 22 (llvm-project#164344);
/// before, a key clang-tidy does not know, and none.
inline llvm::ArrayRef<std::string>
configuredRemovedArgs(const ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR >= 22
  if (Options.RemovedArgs)
    return *Options.RemovedArgs;
#endif
  return {};
}

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CLANGCOMPAT_H
