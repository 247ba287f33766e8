//===--- SourceFiles.cpp - The files findings point into ------------------===//

#include "SourceFiles.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include <algorithm>

namespace clang::tidy::eventloop {

std::optional<std::string> underRoot(llvm::StringRef File,
                                     llvm::StringRef Root) {
  llvm::SmallString<256> RealRoot, RealFile;
  llvm::SmallVector<std::string, 2> Roots = {Root.str()}, Files = {File.str()};
  if (!llvm::sys::fs::real_path(Root, RealRoot))
    Roots.push_back(std::string(RealRoot));
  if (!llvm::sys::fs::real_path(File, RealFile))
    Files.push_back(std::string(RealFile));
  for (const std::string &R : Roots)
    for (const std::string &F : Files) {
      llvm::StringRef Rest(F);
      llvm::StringRef Base = llvm::StringRef(R).rtrim('/');
      if (Rest.consume_front(Base) && Rest.consume_front("/"))
        return Rest.str();
    }
  return std::nullopt;
}

SourceFiles::File *SourceFiles::open(llvm::StringRef Path) {
  auto [It, New] = Files.try_emplace(Path);
  if (!New)
    return It->second.get();
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return nullptr;
  auto F = std::make_unique<File>();
  F->Buffer = std::move(*Buffer);
  llvm::StringRef Text = F->Buffer->getBuffer();
  F->LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      F->LineStarts.push_back(I + 1);
  It->second = std::move(F);
  return It->second.get();
}

std::optional<llvm::StringRef> SourceFiles::contents(llvm::StringRef Path) {
  File *F = open(Path);
  if (!F)
    return std::nullopt;
  return F->Buffer->getBuffer();
}

std::optional<llvm::StringRef> SourceFiles::line(llvm::StringRef Path,
                                                 unsigned Line) {
  File *F = open(Path);
  if (!F || Line == 0 || Line > F->LineStarts.size())
    return std::nullopt;
  llvm::StringRef Text = F->Buffer->getBuffer();
  size_t Begin = F->LineStarts[Line - 1];
  size_t End = Line < F->LineStarts.size() ? F->LineStarts[Line] : Text.size();
  return Text.slice(Begin, End).rtrim("\r\n");
}

std::optional<std::pair<unsigned, unsigned>>
SourceFiles::lineColumn(llvm::StringRef Path, unsigned Offset) {
  File *F = open(Path);
  if (!F || Offset > F->Buffer->getBufferSize())
    return std::nullopt;
  auto Next = std::upper_bound(F->LineStarts.begin(), F->LineStarts.end(),
                               size_t(Offset));
  size_t Line = Next - F->LineStarts.begin();
  return std::make_pair(unsigned(Line),
                        unsigned(Offset - F->LineStarts[Line - 1] + 1));
}

std::optional<unsigned> SourceFiles::offsetOf(llvm::StringRef Path,
                                              unsigned Line, unsigned Column) {
  File *F = open(Path);
  if (!F || Line == 0 || Line > F->LineStarts.size() || Column == 0)
    return std::nullopt;
  return std::min<size_t>(F->LineStarts[Line - 1] + Column - 1,
                          F->Buffer->getBufferSize());
}

unsigned utf16Length(llvm::StringRef Text) {
  unsigned Units = 0;
  const auto *At = reinterpret_cast<const llvm::UTF8 *>(Text.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(Text.end());
  while (At < End) {
    unsigned Length = llvm::getNumBytesForUTF8(*At);
    if (Length == 0 || At + Length > End ||
        !llvm::isLegalUTF8Sequence(At, At + Length)) {
      ++Units;
      ++At;
      continue;
    }
    // Four bytes: a code point beyond the BMP, a surrogate pair.
    Units += Length == 4 ? 2 : 1;
    At += Length;
  }
  return Units;
}

} // namespace clang::tidy::eventloop
