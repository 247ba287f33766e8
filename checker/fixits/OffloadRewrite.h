//===--- OffloadRewrite.h - Rewrite a call into offload form ---*- C++ -*-===//
//
// The cure for a private loop run from loop code: run it on another thread
// and wait there. The call becomes the project's OffloadTemplate filled in
// (see analysis/OffloadTemplate.h).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H
#define EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H

#include "../analysis/OffloadTemplate.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
#include <string>

namespace clang::tidy::eventloop {

/// Why a header option is unusable, or empty: it must be `<h>` or `"h"`
/// with a path of letters, digits and `_` `-` `.` `/` `+`.
std::string checkOffloadHeader(llvm::StringRef Header);

/// Why no fix-it can be made at \p Range, or empty: macros, system headers
/// and C files are never rewritten.
std::string whyNoRewrite(CharSourceRange Range, const ASTContext &Ctx);

/// The fix-it that replaces the call \p Call by \p Template with `$call`
/// (and `$arg0`) filled in, or nothing when it cannot be made safely.
std::optional<FixItHint> offloadCall(const Expr *Call,
                                     const OffloadTemplate &Template,
                                     const ASTContext &Ctx);

/// The fix-it that turns `T v(args);` into
/// `T v = <Template with "T(args)" for $call>;`, or nothing when the
/// construction is not such a declaration or T cannot be moved.
std::optional<FixItHint> offloadConstruction(const Expr *Construct,
                                             const OffloadTemplate &Template,
                                             ASTContext &Ctx);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H
