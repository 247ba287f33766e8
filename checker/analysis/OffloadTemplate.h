//===--- OffloadTemplate.h - The project's way off the loop ----*- C++ -*-===//
//
// The cure for a private loop or a blocking constructor run from loop code:
// run it on another thread and wait there. The project writes how, as an
// expression with the placeholder `$call` (and `$arg0`, the call's first
// argument), by default
//   std::async(std::launch::async, [&] { return $call; }).get()
// The fix-it fills the template in; the extraction recognises a call
// written inside a filled template as offloaded (extract/WrittenOffload.h),
// so that a second --fix finds nothing to do.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_OFFLOADTEMPLATE_H
#define EVENTLOOP_TIDY_ANALYSIS_OFFLOADTEMPLATE_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::eventloop {

/// The default offload template and the header it needs.
constexpr llvm::StringLiteral DefaultOffloadTemplate =
    "std::async(std::launch::async, [&] { return $call; }).get()";
constexpr llvm::StringLiteral DefaultOffloadHeader = "<future>";

class OffloadTemplate {
public:
  /// Why \p Text cannot stand in for a call, or empty: it must be one line,
  /// one expression that binds as tightly as the call it replaces (no `;`,
  /// `,` or operator outside brackets), with balanced brackets, no comment,
  /// and `$call` exactly once.
  static std::string whyInvalid(llvm::StringRef Text);

  /// \p Text must be valid.
  explicit OffloadTemplate(llvm::StringRef Text) : Text(Text.str()) {}

  llvm::StringRef text() const { return Text; }

  /// The template with \p Call for `$call` and \p Arg0 for `$arg0`.
  std::string fill(llvm::StringRef Call, llvm::StringRef Arg0 = {}) const;

private:
  std::string Text;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_OFFLOADTEMPLATE_H
