//===--- Fixes.h - The fix-its of a whole-program run -----------*- C++ -*-===//
//
// A fix-it of a finding is built from its facts and the file's text; the
// header the offload needs is inserted where clang-format would put it
// (tooling::HeaderIncludes, with the file's .clang-format style). Edits of
// all findings are merged per file: identical ones once, as
// clang-apply-replacements does, conflicting ones left out with a message.
// They are applied (--fix) or exported as clang-tidy's YAML
// (--export-fixes, the form clang-apply-replacements and eventloop-sarif
// read).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_FIXES_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_FIXES_H

#include "Output.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/Core/Replacement.h"
#include <map>

namespace clang::tidy::eventloop {

class FixSet {
public:
  FixSet(const Program &P, SourceFiles &Sources) : P(P), Sources(Sources) {}

  /// The edits of \p R's fix-it (its own replacement and the header), or
  /// none when the text is not at hand.
  std::vector<tooling::Replacement> editsOf(const Report &R,
                                            llvm::StringRef Header);

  /// Adds edits to the merged set; false for a conflict (then none of
  /// \p Edits is added).
  bool add(llvm::ArrayRef<tooling::Replacement> Edits);

  /// Writes every file with its merged edits; the number of files written.
  llvm::Expected<unsigned> apply();

  const std::map<std::string, tooling::Replacements> &byFile() const {
    return ByFile;
  }

private:
  const Program &P;
  SourceFiles &Sources;
  std::map<std::string, tooling::Replacements> ByFile;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_FIXES_H
