//===--- UnitAnalysis.h - The analysis of the TU being checked --*- C++ -*-===//
//
// A clang-tidy run sees one TU: its facts are extracted from the AST and
// linked, on their own or with the other TUs' facts from the program
// summary that run-eventloop-tidy left beside compile_commands.json (so
// that the editor sees paths through other files), and the checks tell the
// findings. One analysis per TU and option set, computed on first use and
// shared by the checks.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_UNITANALYSIS_H
#define EVENTLOOP_TIDY_CHECKS_UNITANALYSIS_H

#include "../analysis/AnalysisOptions.h"
#include "../analysis/LoopContext.h"
#include "../extract/Extract.h"
#include "../facts/ProgramSummary.h"
#include "clang/Basic/SourceLocation.h"
#include <map>
#include <memory>

namespace clang {
class ASTContext;
} // namespace clang

namespace clang::tidy::eventloop {

class UnitAnalysis {
public:
  /// The analysis of \p Ctx's TU under \p Options, shared by every check
  /// that asks with the same options while the TU is alive.
  static std::shared_ptr<const UnitAnalysis>
  get(ASTContext &Ctx, const AnalysisOptions &Options);

  UnitAnalysis(ASTContext &Ctx, const AnalysisOptions &Options);

  const LoopContext &context() const { return *Context; }
  /// The unit whose facts come from this TU's AST.
  static constexpr unsigned LiveUnit = 0;

  /// Where a place of the program is in this TU's source manager.
  SourceLocation location(const ProgramPlace &P) const;
  /// Is the file of \p P newer than the summary's facts about it?
  bool stale(const ProgramPlace &P) const;

  /// The characters of a span, and their text, from the TU's buffers.
  CharSourceRange range(unsigned Unit, const facts::Span &S) const;
  std::optional<std::string> text(unsigned Unit, const facts::Span &S) const;

private:
  FileID fileOf(unsigned Unit, uint32_t File) const;

  ASTContext &Ctx;
  ModelIndex Models;
  std::unique_ptr<OwnedFacts> Facts;
  std::shared_ptr<const facts::LoadedSummary> Summary;
  std::unique_ptr<LoopContext> Context;
  /// Per unit and file: is it stale (computed on first ask)?
  mutable std::map<std::pair<unsigned, uint32_t>, bool> Stale;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_UNITANALYSIS_H
