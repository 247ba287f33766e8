//===--- UnitExtraction.h - One TU's facts, parsed or cached ----*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_UNITEXTRACTION_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_UNITEXTRACTION_H

#include "../../analysis/AnalysisOptions.h"
#include "../../extract/Extract.h"
#include "FactsCache.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// The facts of one TU and how they were had.
struct UnitResult {
  std::string File;
  /// The facts: read from the cache, or made by parsing.
  std::unique_ptr<facts::LoadedFacts> Facts;
  bool Parsed = false;
  /// The compiler's errors, as clang-tidy prints them; a TU with errors is
  /// still analysed (what the AST has).
  std::vector<std::string> Errors;
  /// The TU could not be parsed at all.
  bool Failed = false;
  /// The files the TU read, when it was parsed (for a depfile).
  std::vector<std::string> FilesRead;
  /// When it was parsed, in seconds: the whole parse (the compiler and what
  /// follows), the extraction of the facts and their bytes, and the hashing
  /// of the files read (for the cache). --timing adds them up.
  double ParseSeconds = 0, ExtractSeconds = 0, HashSeconds = 0;
};

/// The facts of the TU of \p Command, from \p Cache when it has them
/// (then nothing is parsed), else by parsing it once (then stored in the
/// cache, if any).
UnitResult extractUnit(const tooling::CompileCommand &Command,
                       const AnalysisOptions &Options, const FactsCache *Cache);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_UNITEXTRACTION_H
