//===--- MacroNotes.h - The notes clang writes under a macro ----*- C++ -*-===//
//
// A diagnostic at a place inside a macro expansion is followed, in clang's
// output, by one note per macro the place came through ("expanded from macro
// 'FETCH_NOW'", at the macro's definition). The facts keep those notes so
// that findings rendered from facts, in another process, read as clang-tidy
// would print them. They are clang's: the walk is its DiagnosticRenderer's
// for a diagnostic without ranges, and each macro's name is read where its
// expansion spells it (clang relexes it, which cost most of a note).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_MACRONOTES_H
#define EVENTLOOP_TIDY_EXTRACT_MACRONOTES_H

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

struct MacroNoteAt {
  /// In the macro's definition: a file location.
  SourceLocation Loc;
  std::string Text;
};

/// The notes under a diagnostic at \p Loc, in the order clang prints them;
/// none when \p Loc is not in a macro expansion.
std::vector<MacroNoteAt> macroNotes(SourceLocation Loc, const SourceManager &SM,
                                    const LangOptions &LangOpts);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_MACRONOTES_H
