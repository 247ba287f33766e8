//===--- Output.h - Findings printed as clang-tidy prints them --*- C++ -*-===//
//
// run-eventloop-tidy tells the findings of the whole program itself, so it
// prints them the way clang-tidy does: `file:line:col: warning: text
// [check]`, the source line with a caret, then each note the same way. It
// honours NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/NOLINTEND comments as
// clang-tidy does, reading them from the files.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_OUTPUT_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_OUTPUT_H

#include "../../checks/Report.h"
#include "../../output/SourceFiles.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace clang::tidy::eventloop {

/// Is a diagnostic of \p Check on line \p Line of \p Path suppressed by a
/// NOLINT comment?
bool suppressed(SourceFiles &Sources, llvm::StringRef Path, unsigned Line,
                llvm::StringRef Check);

/// A note as clang-tidy shows it.
struct ShownNote {
  ProgramPlace At;
  llvm::StringRef Text;
  /// Its role in the path; none for an "expanded from macro" note.
  std::optional<NoteRole> Role;
};
/// The notes of \p R in the order clang-tidy shows them: each note of the
/// path, and under the warning and under each note the "expanded from
/// macro" notes of its place. Printed and exported alike.
std::vector<ShownNote> shownNotes(const Report &R, const Program &P);

/// Prints \p R: the warning (an error when \p AsError), its notes.
void printReport(llvm::raw_ostream &OS, const Report &R, const Program &P,
                 SourceFiles &Sources, bool AsError);

/// Line \p Line of a file, \p Text, and under it a caret at column \p Column,
/// as clang shows the place of a diagnostic.
void printSourceLine(llvm::raw_ostream &OS, llvm::StringRef Text, unsigned Line,
                     unsigned Column);

/// The path and line/column of a place of the program.
struct Located {
  llvm::StringRef Path;
  unsigned Line = 0, Column = 0;
  uint32_t Offset = 0;
};
Located locate(const Program &P, const ProgramPlace &At);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_OUTPUT_H
