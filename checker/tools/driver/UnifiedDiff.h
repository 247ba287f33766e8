//===--- UnifiedDiff.h - A file's edits as a unified diff -------*- C++ -*-===//
//
// The lines an edit changes, with context, as `diff -u` shows them: what a
// reader of the HTML report sees of a fix-it. Only the lines around the
// edits are compared: an edit's lines before and after it, less the lines
// they share at either end (an inserted #include is one added line, not
// its neighbour removed and added again).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_UNIFIEDDIFF_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_UNIFIEDDIFF_H

#include "clang/Tooling/Core/Replacement.h"
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// One line of a diff: ' ' context, '-' removed, '+' added, '@' a hunk's
/// header (`@@ -3,4 +3,5 @@`).
struct DiffLine {
  char Kind;
  std::string Text;
};

/// The hunks that turn \p Code into \p Code with \p Edits applied, with
/// \p Context lines of context; empty when the edits change nothing.
std::vector<DiffLine> unifiedDiff(llvm::StringRef Code,
                                  const tooling::Replacements &Edits,
                                  unsigned Context = 3);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_UNIFIEDDIFF_H
