//===--- OffloadRewrite.h - Rewrite a call into offload form ----*- C++ -*-===//
//
// The cure for a private loop run from loop code: run it on another thread
// and wait there. The call becomes the project's OffloadTemplate filled in
// (see analysis/OffloadTemplate.h). The rewrite is built from facts (the
// spans the extraction recorded), so that it can be made wherever the
// finding is told: in the TU's own clang-tidy run, or by run-eventloop-tidy
// from the files' text.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H
#define EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H

#include "../analysis/OffloadTemplate.h"
#include "../facts/Facts.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>

namespace clang::tidy::eventloop {

/// Why a header option is unusable, or empty: it must be `<h>` or `"h"`
/// with a path of letters, digits and `_` `-` `.` `/` `+`.
std::string checkOffloadHeader(llvm::StringRef Header);

/// Why no fix-it can be made at a site whose rewrite is \p R, or empty:
/// macros, system headers and C files are never rewritten.
std::string whyNoRewrite(const facts::Rewrite &R);

/// The replacement of one call or declaration by its offload.
struct OffloadEdit {
  unsigned Unit = 0;
  /// What is replaced: the call, or the whole declaration.
  facts::Span Range;
  OffloadTemplate Template{DefaultOffloadTemplate};
  /// For a call: its first argument (`$arg0`), if the template uses it.
  facts::Span Arg0;
  /// For a declaration `T v(args);`: `T v = <Template of "T(args)">`.
  bool Declaration = false;
  std::string Type, Variable, Arguments;

  /// The replacement text, given the text a span covers (nothing when the
  /// text is not at hand).
  std::optional<std::string>
  text(llvm::function_ref<std::optional<std::string>(const facts::Span &)>
           TextOf) const;
};

/// The offload of the call at a site whose rewrite is \p R, or nothing when
/// it cannot be made safely.
std::optional<OffloadEdit> offloadCall(const facts::Rewrite &R, unsigned Unit,
                                       const OffloadTemplate &Template);

/// The offload of the declaration `T v(args);` whose construction is at a
/// site with rewrite \p R (of \p Facts, the facts of TU \p Unit), or
/// nothing when the construction is not such a declaration or T cannot be
/// moved.
std::optional<OffloadEdit> offloadConstruction(const facts::Rewrite &R,
                                               const facts::TUFacts &Facts,
                                               unsigned Unit,
                                               const OffloadTemplate &Template);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_FIXITS_OFFLOADREWRITE_H
