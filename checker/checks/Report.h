//===--- Report.h - A finding, told in words --------------------*- C++ -*-===//
//
// What a check says about a finding, before anything prints it: the
// warning, its notes (each with the role it plays in the path, so that a
// SARIF writer or an HTML report never has to read the English), and the
// fix-it. A clang-tidy check emits it as diagnostics; run-eventloop-tidy
// prints it in clang-tidy's format for findings that cross files.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_REPORT_H
#define EVENTLOOP_TIDY_CHECKS_REPORT_H

#include "../analysis/LoopContext.h"
#include "../fixits/OffloadRewrite.h"
#include "NoteRole.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

struct Note {
  ProgramPlace Loc;
  std::string Text;
  NoteRole Role = NoteRole::Call;
  /// Hops of the path this note stands for (more than one when folded or
  /// elided).
  unsigned Hops = 1;
};

struct Report {
  llvm::StringRef Check;
  ProgramPlace Loc;
  std::string Message;
  std::vector<Note> Notes;
  std::optional<OffloadEdit> Fix;
  /// The loop's framework as messages name it ("libuv", "Qt"; "event" when
  /// neither the registration nor the sink knows it).
  llvm::StringRef Framework;
  /// The function the warning is in, as notes name it ("'on_tick'", "the
  /// lambda"): what a fingerprint of the finding keeps across edits.
  std::string Function;
  /// The program's sites of the path, from the starting call to the sink:
  /// which findings are one defect (SharedRoutes.h).
  llvm::SmallVector<unsigned, 4> Sites;
  /// The cure is at the sink (a wait made asynchronous, a helper's loop
  /// moved): every route to the sink is the same defect.
  bool CuredAtSink = false;
  /// What the defect is, when the message says more than that (the class a
  /// route constructs): reports with the same text and sink are one
  /// defect. Empty: the message.
  std::string Defect;
  /// The route starts in code that only the user's own input, or a window
  /// the user works in, runs.
  bool ByUser = false;
  /// The route starts in code of a loop on another thread than the main
  /// one (a worker object's slots).
  bool OffMain = false;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_REPORT_H
