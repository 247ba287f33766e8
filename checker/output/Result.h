//===--- Result.h - A finding as the report writers read it -----*- C++ -*-===//
//
// The SARIF, Code Quality and other report writers read findings in one
// form, whoever found them: run-eventloop-tidy builds it from its reports,
// eventloop-sarif from clang-tidy's --export-fixes YAML (with the notes'
// roles from the path records of the eventloop checks). The path is data:
// each note carries its role when it is known, never guessed from words.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_RESULT_H
#define EVENTLOOP_TIDY_OUTPUT_RESULT_H

#include "../checks/NoteRole.h"
#include "clang/Tooling/Core/Replacement.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::eventloop::output {

/// Where a diagnostic or note is.
struct Place {
  /// Absolute and normalised; empty for a diagnostic without a place.
  std::string File;
  /// Clang's byte offset in File.
  std::optional<unsigned> Offset;
  /// Clang's line and byte column, when only a text output gave them.
  unsigned Line = 0, Column = 0;
  /// Ranges clang highlights in File: (offset, length).
  std::vector<std::pair<unsigned, unsigned>> Ranges;
};

/// The warning itself, or one of its notes.
struct Message {
  std::string Text;
  Place At;
  /// A note's role in the path, when its check said.
  std::optional<NoteRole> Role;
  /// The fix-it attached to it, in any files.
  std::vector<tooling::Replacement> Fix;
};

struct Result {
  /// "eventloop-reentrant-run", "clang-diagnostic-error", ...
  std::string Check;
  /// SARIF's level: "warning", "error" (a compiler error,
  /// --warnings-as-errors) or "note" (a remark).
  std::string Level = "warning";
  Message Main;
  std::vector<Message> Notes;
  /// The function the warning is in, as notes name it, when known.
  std::string Function;
};

} // namespace clang::tidy::eventloop::output

#endif // EVENTLOOP_TIDY_OUTPUT_RESULT_H
