//===--- OffloadRewrite.h - Rewrite a call into thread-offload form -*- C++
//-*-===//
//
// The cure for a private loop run from loop code: run it on another thread
// and wait there. `CALL` becomes the project's offload template with the call
// in place of `$call`, by default
//   std::async(std::launch::async, [&] { return CALL; }).get()
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H
#define EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
#include <string>

namespace clang::tidy::eventloop {

/// The default offload template and the header it needs.
constexpr llvm::StringLiteral DefaultOffloadTemplate =
    "std::async(std::launch::async, [&] { return $call; }).get()";
constexpr llvm::StringLiteral DefaultOffloadHeader = "<future>";

/// Why a template is unusable, or empty when it is fine.
std::string checkOffloadTemplate(llvm::StringRef Template);

/// Why a header option is unusable (it must be `<h>` or `"h"`), or empty.
std::string checkOffloadHeader(llvm::StringRef Header);

/// Why no fix-it can be made at \p Range, or empty: macros, system headers
/// and C files are never rewritten.
std::string whyNoRewrite(CharSourceRange Range, const ASTContext &Ctx);

/// The fix-it that replaces the call \p Call by \p Template with `$call`
/// (and `$arg0`) filled in, or nothing when it cannot be made safely.
std::optional<FixItHint> offloadCall(const Expr *Call, llvm::StringRef Template,
                                     const ASTContext &Ctx);

/// The fix-it that turns `T v(args);` into
/// `T v = <Template with "T(args)" for $call>;`, or nothing when the
/// construction is not such a declaration or T cannot be moved.
std::optional<FixItHint> offloadConstruction(const Expr *Construct,
                                             llvm::StringRef Template,
                                             ASTContext &Ctx);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H
