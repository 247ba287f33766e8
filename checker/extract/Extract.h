//===--- Extract.h - A TU's AST, written down as facts ----------*- C++ -*-===//
//
// The one entry point of the extraction: walk the TU once (ASTGraph), then
// write what the walk found as facts (facts/Facts.h), resolving on the way
// everything that needs the AST: which loop an expression names (as a
// symbolic value), what a callable operand runs, how notes and messages name
// functions and APIs, and what text a fix-it would rewrite.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_EXTRACT_H
#define EVENTLOOP_TIDY_EXTRACT_EXTRACT_H

#include "../analysis/ModelIndex.h"
#include "../facts/FactsFile.h"
#include "clang/Basic/FileEntry.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/StringSaver.h"
#include <memory>
#include <optional>

namespace clang {
class ASTContext;
class Decl;
} // namespace clang

namespace clang::tidy::eventloop {

/// Facts together with the storage their strings live in.
struct OwnedFacts {
  llvm::BumpPtrAllocator Memory;
  llvm::UniqueStringSaver Strings{Memory};
  facts::TUFacts Facts;
};

struct ExtractOptions {
  /// Hash the contents of every file the facts name (for the cache and for
  /// stale summaries); not needed when the facts are used at once.
  bool HashFiles = false;
  /// The TU's top-level declarations to walk, when noted as parsed
  /// (TopLevelDecls.h); otherwise all of them.
  std::optional<llvm::ArrayRef<Decl *>> TopLevel;
};

/// The path the facts name \p File by: its real path, or the name it was
/// opened by when it has none. The cache's list of the files a TU read
/// names them so too, and finds the hashes of the files the facts name.
llvm::StringRef factsPath(FileEntryRef File);
/// The same for the file of \p File in \p SM, or the buffer's name when it
/// is in no file (`<built-in>`, `<scratch space>`).
llvm::StringRef factsPath(const SourceManager &SM, FileID File);

/// What facts made under \p Options are stamped with: this build's facts
/// version, and the options.
facts::FactsStamp factsStamp(const AnalysisOptions &Options);

/// The facts of \p Ctx's translation unit under \p Models.
std::unique_ptr<OwnedFacts> extractFacts(ASTContext &Ctx,
                                         const ModelIndex &Models,
                                         const ExtractOptions &Options = {});

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_EXTRACT_H
