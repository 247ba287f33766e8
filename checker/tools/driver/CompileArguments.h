//===--- CompileArguments.h - A TU's command for clang-tidy -----*- C++ -*-===//
//
// clang-tidy does not parse a TU with the command of the compilation
// database as written. The command line's --extra-arg-before and
// --extra-arg are put in first (clang's CommonOptionsParser does it when it
// reads the database); then the arguments equal to one of RemovedArgs (the
// command line's --removed-arg and the TU's .clang-tidy) are taken out; then
// the .clang-tidy's ExtraArgsBefore and ExtraArgs are put in. This is how a
// project built by GCC, with -Werror or flags that clang does not know, is
// parsed by clang's tools. run-eventloop-tidy parses each TU with the
// command eventloop-tidy would parse it with, and keys its cache with it.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_COMPILEARGUMENTS_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_COMPILEARGUMENTS_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// The arguments the command line of the run adds and removes.
struct ArgumentChanges {
  std::vector<std::string> Before;  ///< --extra-arg-before
  std::vector<std::string> After;   ///< --extra-arg
  std::vector<std::string> Removed; ///< --removed-arg
};

/// \p Command as clang-tidy parses it, given the run's \p Changes and the
/// options of the TU's file, \p File (read from its .clang-tidy files).
tooling::CompileCommand adjustedCommand(tooling::CompileCommand Command,
                                        const ArgumentChanges &Changes,
                                        const ClangTidyOptions &File);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_COMPILEARGUMENTS_H
