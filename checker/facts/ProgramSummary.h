//===--- ProgramSummary.h - Every TU, for the editor -----------*- C++ -*-===//
//
// run-eventloop-tidy leaves the facts of every TU of its run in one file
// beside compile_commands.json. A per-file run (eventloop-tidy, or
// eventloop-clangd in the editor) links its own TU's fresh facts with the
// other TUs' facts from there, so that a path through another file is seen
// without parsing it. The form: magic, format version, the number of
// units, then each unit's facts file (FactsFile.h), length first.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_FACTS_PROGRAMSUMMARY_H
#define EVENTLOOP_TIDY_FACTS_PROGRAMSUMMARY_H

#include "FactsFile.h"
#include <vector>

namespace clang::tidy::eventloop::facts {

/// The summary's name beside compile_commands.json.
constexpr llvm::StringLiteral SummaryFileName = "eventloop-program.facts";

struct LoadedSummary {
  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  std::vector<std::unique_ptr<LoadedFacts>> Units;
};

/// The bytes of a summary of the facts files \p Units (each as written by
/// writeFacts).
std::string writeSummary(llvm::ArrayRef<llvm::StringRef> Units);

/// The units of the summary in \p Buffer, each stamped with facts version
/// \p ModelsVersion (another build's summary is an error).
llvm::Expected<std::unique_ptr<LoadedSummary>>
readSummary(std::unique_ptr<llvm::MemoryBuffer> Buffer, uint64_t ModelsVersion);

} // namespace clang::tidy::eventloop::facts

#endif // EVENTLOOP_TIDY_FACTS_PROGRAMSUMMARY_H
