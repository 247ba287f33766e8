//===--- ExportedResults.h - Results of a clang-tidy run --------*- C++ -*-===//
//
// What eventloop-sarif reads of a clang-tidy or eventloop-tidy run: the
// --export-fixes YAML, through clang's own YAML traits for the diagnostics
// that clang-tidy writes; or, when the tool died before writing it, the
// diagnostics' lines of its text output (clang's `file:line:col: level:
// text [check]`), which carry no fixes.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_EXPORTEDRESULTS_H
#define EVENTLOOP_TIDY_OUTPUT_EXPORTEDRESULTS_H

#include "Result.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Support/Error.h"

namespace clang::tidy::eventloop::output {

/// The results of an --export-fixes file's text (one or more documents, as
/// clang-tidy and run-clang-tidy write them).
llvm::Expected<std::vector<Result>> readExportedFixes(llvm::StringRef Yaml);

/// The results of clang-tidy's text output.
std::vector<Result> readTextOutput(llvm::StringRef Text);

/// The diagnostic clang-tidy's --export-fixes writes for \p R: the inverse
/// of readExportedFixes, for run-eventloop-tidy's --export-fixes.
tooling::Diagnostic exportedDiagnostic(const Result &R);

/// Drops exact repeats: a header's warning seen from several TUs.
void dropRepeats(std::vector<Result> &Results);

} // namespace clang::tidy::eventloop::output

#endif // EVENTLOOP_TIDY_OUTPUT_EXPORTEDRESULTS_H
