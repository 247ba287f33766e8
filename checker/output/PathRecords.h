//===--- PathRecords.h - Each finding's path, as data -----------*- C++ -*-===//
//
// clang-tidy's --export-fixes YAML keeps a note's words, not its role in the
// path. When the environment variable EVENTLOOP_TIDY_PATH_RECORDS names a
// file, the eventloop checks append to it one JSON line per warning they
// emit: the warning's check, file, offset and message, the function it is
// in, and each of its notes with its role. eventloop-sarif sets the variable
// for the tool it runs and joins the records to the YAML's diagnostics, so
// code flows come from the analysis, whatever the notes say. Several
// clang-tidy processes may append at once: each record is one write.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_PATHRECORDS_H
#define EVENTLOOP_TIDY_OUTPUT_PATHRECORDS_H

#include "Result.h"
#include "llvm/Support/Error.h"

namespace clang::tidy::eventloop {

constexpr const char *PathRecordsVariable = "EVENTLOOP_TIDY_PATH_RECORDS";

struct PathRecord {
  std::string Check;
  /// The warning's file (its real path) and byte offset.
  std::string File;
  unsigned Offset = 0;
  std::string Message;
  std::string Function;
  /// The notes the check emitted, in order, with their roles.
  std::vector<std::pair<std::string, NoteRole>> Notes;
};

/// The file that EVENTLOOP_TIDY_PATH_RECORDS names, or empty.
std::string pathRecordsFile();

/// The record of \p R, a result whose notes have their roles (the
/// results of run-eventloop-tidy, when its run was asked for records).
PathRecord pathRecordOf(const output::Result &R);

/// Appends \p R to \p File as one line.
llvm::Error appendPathRecord(llvm::StringRef File, const PathRecord &R);

/// The records of \p File; a missing file has none.
llvm::Expected<std::vector<PathRecord>> readPathRecords(llvm::StringRef File);

/// Gives the results their function and their notes' roles from the record
/// of the same warning. Notes that no record lists (clang's "expanded from
/// macro" notes, another check's notes) keep no role.
void attachRecords(std::vector<output::Result> &Results,
                   llvm::ArrayRef<PathRecord> Records);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_OUTPUT_PATHRECORDS_H
