//===--- Sarif.h - The run's findings as a SARIF log ------------*- C++ -*-===//
//
// run-eventloop-tidy --sarif FILE: the SARIF 2.1.0 log of the run, written
// by eventloop-sarif (checker/tools/eventloop-sarif, docs/sarif.md) from the
// run's --export-fixes YAML, so that one writer makes every log the project
// ships, whichever tool found the findings.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_SARIF_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_SARIF_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace clang::tidy::eventloop {

/// Writes the SARIF log of the findings in \p FixesYaml (clang-tidy's
/// --export-fixes form) to \p SarifPath. \p Argv0 is this program (for its
/// version, and to find eventloop-sarif installed beside it); \p ExitCode
/// is the run's exit status, which the log records.
llvm::Error writeSarif(llvm::StringRef FixesYaml, llvm::StringRef SarifPath,
                       const char *Argv0, int ExitCode);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_SARIF_H
