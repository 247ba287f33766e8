//===--- Results.h - The run's findings for the report writers --*- C++ -*-===//
//
// run-eventloop-tidy writes its SARIF log and Code Quality report from its
// reports directly, notes with their roles: the same writers that
// eventloop-sarif uses for a clang-tidy run, without a detour through the
// YAML of --export-fixes.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_RESULTS_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_RESULTS_H

#include "../../output/Result.h"
#include "Output.h"

namespace clang::tidy::eventloop {

/// The result of \p R, with the edits of its fix-it.
output::Result resultOf(const Report &R, const Program &P,
                        llvm::ArrayRef<tooling::Replacement> Edits,
                        bool AsError);

/// Where the run's reports go, and what they say about the run.
struct ReportFiles {
  std::string Sarif;
  std::string CodeQuality;
  std::string SourceRoot;
  std::string DocsBase;
};

/// Writes the reports \p Files asks for, of \p Results of a run that ends
/// with \p ExitCode.
llvm::Error writeReports(const ReportFiles &Files,
                         llvm::ArrayRef<output::Result> Results, int ExitCode,
                         SourceFiles &Sources);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_RESULTS_H
