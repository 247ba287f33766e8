//===--- FindingPage.h - One finding of the HTML report ---------*- C++ -*-===//
//
// A finding's page: the warning; its path as a numbered list; the advice;
// the fix-it as a unified diff; then the source of every file on the path
// in path order, each hop drawn under its line as a numbered note that
// links to the hop before and the hop after it, across files. A file of
// at most WholeFileLines lines shows whole; a longer one shows the lines
// within SourceContext of a hop or an advice's place, the rest folded.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_FINDINGPAGE_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_FINDINGPAGE_H

#include "Output.h"
#include "clang/Tooling/Core/Replacement.h"

namespace clang::tidy::eventloop {

constexpr unsigned WholeFileLines = 60;
constexpr unsigned SourceContext = 6;

/// A finding as the report shows it.
struct HtmlFinding {
  const Report *R = nullptr;
  /// Its fix-it's edits as the run made them (none when there is no
  /// fix-it, or when it conflicted with another and was left out).
  std::vector<tooling::Replacement> Edits;
  bool AsError = false;
  /// Its fingerprint, as the SARIF log and the Code Quality report have it.
  std::string Fingerprint;
};

/// Writes \p F's page; paths are shown below \p Root.
void writeFindingPage(llvm::raw_ostream &OS, const HtmlFinding &F,
                      const Program &P, SourceFiles &Sources,
                      llvm::StringRef Root);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_FINDINGPAGE_H
