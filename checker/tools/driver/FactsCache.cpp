//===--- FactsCache.cpp - The facts of TUs, kept between runs -------------===//

#include "FactsCache.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace clang::tidy::eventloop {

constexpr llvm::StringLiteral ManifestHeader = "eventloop-tidy facts cache 1";

std::string FactsCache::keyOf(const tooling::CompileCommand &Command,
                              const facts::FactsStamp &Stamp) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << Stamp.Models << '\0' << Stamp.Options << '\0' << Command.Directory
     << '\0' << Command.Filename << '\0';
  for (const std::string &Arg : Command.CommandLine)
    OS << Arg << '\0';
  return llvm::utohexstr(llvm::xxh3_64bits(Text), /*LowerCase=*/true, 16);
}

std::string FactsCache::manifestPath(llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Key + ".manifest");
  return std::string(P);
}

std::string FactsCache::factsPath(llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Key + ".facts");
  return std::string(P);
}

std::optional<uint64_t> FactsCache::hashFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return llvm::xxh3_64bits((*Buffer)->getBuffer());
}

std::unique_ptr<facts::LoadedFacts>
FactsCache::lookup(llvm::StringRef Key, const facts::FactsStamp &Stamp) const {
  auto Manifest = llvm::MemoryBuffer::getFile(manifestPath(Key));
  if (!Manifest)
    return nullptr;
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  (*Manifest)->getBuffer().split(Lines, '\n', -1, /*KeepEmpty=*/false);
  if (Lines.empty() || Lines.front() != ManifestHeader)
    return nullptr;
  for (llvm::StringRef Line : llvm::drop_begin(Lines)) {
    auto [HashText, Path] = Line.split(' ');
    uint64_t Recorded = 0;
    if (HashText.getAsInteger(16, Recorded))
      return nullptr;
    std::optional<uint64_t> Now = hashFile(Path);
    if (!Now || *Now != Recorded)
      return nullptr;
  }
  auto Facts = llvm::MemoryBuffer::getFile(factsPath(Key), /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
  if (!Facts)
    return nullptr;
  auto Loaded = facts::readFacts(std::move(*Facts), &Stamp);
  if (!Loaded) {
    llvm::consumeError(Loaded.takeError());
    return nullptr;
  }
  return std::move(*Loaded);
}

/// Writes \p Text to \p Path through a temporary file in the same folder.
static llvm::Error writeAtomically(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::SmallString<256> Temp;
  int FD = -1;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Path + ".%%%%%%%%.tmp", FD, Temp))
    return llvm::createFileError(Path, EC);
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      llvm::sys::fs::remove(Temp);
      return llvm::createFileError(Path, OS.error());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return llvm::createFileError(Path, EC);
  }
  return llvm::Error::success();
}

llvm::Expected<std::string>
FactsCache::store(llvm::StringRef Key, llvm::ArrayRef<Dependency> Dependencies,
                  llvm::StringRef Bytes) const {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createFileError(Dir, EC);
  std::string Path = factsPath(Key);
  // The facts first: a manifest never names facts that are not there.
  if (llvm::Error E = writeAtomically(Path, Bytes))
    return std::move(E);
  std::string Manifest;
  llvm::raw_string_ostream OS(Manifest);
  OS << ManifestHeader << '\n';
  for (const Dependency &D : Dependencies)
    OS << llvm::format_hex_no_prefix(D.Hash, 16) << ' ' << D.Path << '\n';
  if (llvm::Error E = writeAtomically(manifestPath(Key), Manifest))
    return std::move(E);
  return Path;
}

} // namespace clang::tidy::eventloop
