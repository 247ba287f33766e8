//===--- FactsCache.h - The facts of TUs, kept between runs -----*- C++ -*-===//
//
// A TU's facts depend on its compile command, the content of every file it
// read, the tool's facts version and the user's options. The cache keeps,
// per TU, a manifest of what the facts were made from (each file read, with
// the hash of its contents) and the facts themselves. A TU whose command,
// version and options are the same, and whose files all hash the same, is
// not parsed again. Entries are written to a temporary name and renamed, so
// that parallel runs never read half a file.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_FACTSCACHE_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_FACTSCACHE_H

#include "../../facts/FactsFile.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// A file a TU read, and the hash of its contents.
struct Dependency {
  std::string Path;
  uint64_t Hash;
};

class FactsCache {
public:
  explicit FactsCache(std::string Dir) : Dir(std::move(Dir)) {}

  /// The key of a TU: its command and what the facts are stamped with.
  static std::string keyOf(const tooling::CompileCommand &Command,
                           const facts::FactsStamp &Stamp);

  /// The cached facts of the TU with \p Key, if every file they were made
  /// from is unchanged.
  std::unique_ptr<facts::LoadedFacts>
  lookup(llvm::StringRef Key, const facts::FactsStamp &Stamp) const;

  /// Keeps \p Bytes, the facts made from \p Dependencies, under \p Key.
  /// Returns the path of the facts file, or an error.
  llvm::Expected<std::string> store(llvm::StringRef Key,
                                    llvm::ArrayRef<Dependency> Dependencies,
                                    llvm::StringRef Bytes) const;

  /// Where the facts of \p Key are kept.
  std::string factsPath(llvm::StringRef Key) const;

  /// The hash of a file's contents, as the cache records it.
  static std::optional<uint64_t> hashFile(llvm::StringRef Path);

private:
  std::string manifestPath(llvm::StringRef Key) const;
  std::string Dir;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_FACTSCACHE_H
