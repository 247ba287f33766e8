//===--- WrittenOffload.h - Calls already moved off the loop ---*- C++ -*-===//
//
// A call written inside the project's OffloadTemplate, filled in around it
// by an earlier fix-it or by hand, runs on another thread: the extraction
// makes no site of it, so that a second --fix finds nothing to do.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_WRITTENOFFLOAD_H
#define EVENTLOOP_TIDY_EXTRACT_WRITTENOFFLOAD_H

#include "../analysis/OffloadTemplate.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace clang::tidy::eventloop {

/// Is \p E, a call or a construction, the `$call` of \p Template filled in
/// around it (spaces aside)?
bool isWrittenOffload(const Expr *E, const OffloadTemplate &Template,
                      const ASTContext &Ctx);

/// The source text of the first written argument of the call \p Call, what
/// `$arg0` stands for, or nothing when it has none or it is not plain text
/// of one file.
std::optional<std::string> firstArgumentText(const Expr *Call,
                                             const ASTContext &Ctx);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_WRITTENOFFLOAD_H
