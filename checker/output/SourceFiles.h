//===--- SourceFiles.h - The files findings point into ----------*- C++ -*-===//
//
// Report writers read the files a finding points into: a line to show, a
// line and column for an offset, and the UTF-16 code units that SARIF
// counts where clang counts bytes. Each file is read once.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_SOURCEFILES_H
#define EVENTLOOP_TIDY_OUTPUT_SOURCEFILES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::eventloop {

/// \p File relative to \p Root ('/'-separated), when it is under it (as
/// written or through symbolic links); else nothing.
std::optional<std::string> underRoot(llvm::StringRef File,
                                     llvm::StringRef Root);

class SourceFiles {
public:
  /// The contents of \p Path, or nothing when it cannot be read.
  std::optional<llvm::StringRef> contents(llvm::StringRef Path);
  /// Line \p Line (from 1) of \p Path, without its end.
  std::optional<llvm::StringRef> line(llvm::StringRef Path, unsigned Line);
  /// Clang's line and byte column (from 1) of byte \p Offset of \p Path.
  std::optional<std::pair<unsigned, unsigned>> lineColumn(llvm::StringRef Path,
                                                          unsigned Offset);
  /// The byte offset of clang's line \p Line, byte column \p Column.
  std::optional<unsigned> offsetOf(llvm::StringRef Path, unsigned Line,
                                   unsigned Column);

private:
  struct File {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<size_t> LineStarts;
  };
  File *open(llvm::StringRef Path);
  llvm::StringMap<std::unique_ptr<File>> Files;
};

/// The UTF-16 code units of UTF-8 \p Text (bytes that are not UTF-8 count
/// one each, as a replacement character would).
unsigned utf16Length(llvm::StringRef Text);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_OUTPUT_SOURCEFILES_H
