//===--- LibraryFiles.h - Which declarations the walk passes by -*- C++ -*-===//
//
// The extraction walks the project's code only: library code is what the
// models describe. Two questions decide, before anything else, whether a
// declaration is walked at all: is it written in a library file (a system
// header, or one of the models' library header folders), and does it hold
// any code. They are asked of every declaration of a TU, most of them in
// library headers, so both are cheap: a file is judged once, and the last
// file's range of locations answers without the source manager's lookup.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_LIBRARYFILES_H
#define EVENTLOOP_TIDY_EXTRACT_LIBRARYFILES_H

#include "../analysis/ModelIndex.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

namespace clang {
class Decl;
class LangOptions;
} // namespace clang

namespace clang::tidy::eventloop {

class LibraryFiles {
public:
  LibraryFiles(const SourceManager &SM, const ModelIndex &Models)
      : SM(SM), Models(Models) {}

  /// Whether the file of \p Loc, a file location, is library code.
  bool contains(SourceLocation Loc) {
    SourceLocation::UIntTy Raw = Loc.getRawEncoding();
    if (Last.Begin <= Raw && Raw <= Last.End)
      return Last.Library;
    return judge(Loc);
  }

  /// Whether \p D is written in a library file, or in no file at all (the
  /// compiler's own declarations: builtins).
  bool holds(const Decl *D);

private:
  bool judge(SourceLocation Loc);

  const SourceManager &SM;
  const ModelIndex &Models;
  llvm::DenseMap<FileID, bool> Judged;
  /// The file of the last location judged, as its range of locations (a
  /// file's own text is one range; what it includes comes after it). The
  /// declarations come in the order of their files, so most of them are in
  /// the last one.
  struct {
    SourceLocation::UIntTy Begin = 1, End = 0;
    bool Library = false;
  } Last;
};

/// Declarations with no code that runs, wherever they are: C headers are
/// mostly these, and their types are not worth a walk. A prototype holds
/// no code but its default arguments (C has none), an enumeration's values
/// are constants, a typedef names a type, and so does a field without an
/// initialiser; a C struct has nothing else.
bool holdsNoCode(const Decl *D, const LangOptions &LangOpts);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_LIBRARYFILES_H
