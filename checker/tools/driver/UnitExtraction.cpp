//===--- UnitExtraction.cpp - One TU's facts, parsed or cached ------------===//

#include "UnitExtraction.h"
#include "../../extract/TopLevelDecls.h"
#include "Output.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Serialization/PCHContainerOperations.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <chrono>
#include <mutex>

namespace clang::tidy::eventloop {

namespace {

/// Keeps the compiler's errors as clang-tidy prints them: the place, with
/// the file named as the findings name it, the message and the check
/// (`clang-diagnostic-unused-variable` for a warning that -Werror made an
/// error, `clang-diagnostic-error` for any other), then the line with a
/// caret. Nothing is counted: clang would print "N warnings generated." for
/// each TU, of warnings the run does not show.
class ErrorCollector : public DiagnosticConsumer {
public:
  explicit ErrorCollector(std::vector<std::string> &Out) : Out(Out) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (Level < DiagnosticsEngine::Error)
      return;
    llvm::SmallString<256> Message;
    Info.FormatDiagnostic(Message);
    llvm::StringRef Flag =
        Info.getDiags()->getDiagnosticIDs()->getWarningOptionForDiag(
            Info.getID());
    std::string Line;
    llvm::raw_string_ostream OS(Line);
    std::optional<llvm::StringRef> Text;
    unsigned LineNo = 0, Column = 0;
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      SourceLocation At = SM.getExpansionLoc(Info.getLocation());
      auto [File, Offset] = SM.getDecomposedLoc(At);
      LineNo = SM.getLineNumber(File, Offset);
      Column = SM.getColumnNumber(File, Offset);
      OS << factsPath(SM, File) << ':' << LineNo << ':' << Column << ": ";
      bool Invalid = false;
      llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
      // The column counts bytes from the line's start, from 1.
      if (!Invalid && Column > 0 && Offset + 1 >= Column)
        Text = Buffer.substr(Offset + 1 - Column).take_until([](char C) {
          return C == '\n' || C == '\r';
        });
    }
    OS << "error: " << Message << " [clang-diagnostic-"
       << (Flag.empty() ? llvm::StringRef("error") : Flag) << "]\n";
    if (Text)
      printSourceLine(OS, *Text, LineNo, Column);
    if (!Line.empty() && Line.back() == '\n')
      Line.pop_back();
    Out.push_back(std::move(Line));
  }

private:
  std::vector<std::string> &Out;
};

/// The models indexed for \p Options, made once per set of options and
/// shared by the threads (an index is not changed once made).
const ModelIndex &modelsFor(const AnalysisOptions &Options) {
  static std::mutex Lock;
  static llvm::StringMap<std::unique_ptr<ModelIndex>> Made;
  std::lock_guard<std::mutex> Guard(Lock);
  std::unique_ptr<ModelIndex> &Slot = Made[Options.fingerprint()];
  if (!Slot)
    Slot = std::make_unique<ModelIndex>(Options);
  return *Slot;
}

class ExtractConsumer : public ASTConsumer {
public:
  ExtractConsumer(const AnalysisOptions &Options, UnitResult &Out,
                  std::string &Bytes, std::vector<Dependency> &Dependencies)
      : Options(Options), Out(Out), Bytes(Bytes), Dependencies(Dependencies) {}

  void Initialize(ASTContext &Ctx) override {
    // The models are indexed once per run, by the first TU: not part of
    // any TU's extraction.
    Models = &modelsFor(Options);
    if (TopLevelDecls::apply(Ctx.getLangOpts()))
      Noted.emplace(Ctx.getSourceManager(), Ctx.getLangOpts(), *Models);
  }

  bool HandleTopLevelDecl(DeclGroupRef Group) override {
    // Part of the extraction, and timed as such.
    if (Noted) {
      auto Start = std::chrono::steady_clock::now();
      Noted->add(Group);
      NotingSeconds += std::chrono::duration<double>(
                           std::chrono::steady_clock::now() - Start)
                           .count();
    }
    return true;
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    auto Start = std::chrono::steady_clock::now();
    ExtractOptions Extraction;
    Extraction.HashFiles = true;
    if (Noted)
      Extraction.TopLevel = Noted->walk(Ctx);
    std::unique_ptr<OwnedFacts> Facts = extractFacts(Ctx, *Models, Extraction);
    Bytes = facts::writeFacts(Facts->Facts, factsStamp(Options));
    auto Extracted = std::chrono::steady_clock::now();
    Out.ExtractSeconds =
        NotingSeconds +
        std::chrono::duration<double>(Extracted - Start).count();
    // Every file the TU read: the facts are stale when any of them changes.
    // The files the facts name are hashed already.
    llvm::StringMap<uint64_t> Hashed;
    for (const facts::File &F : Facts->Facts.Files)
      if (F.Hash)
        Hashed.try_emplace(F.Path, F.Hash);
    const SourceManager &SM = Ctx.getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      llvm::StringRef Path = factsPath(It->first);
      if (auto Known = Hashed.find(Path); Known != Hashed.end()) {
        Dependencies.push_back({Path.str(), Known->second});
        continue;
      }
      std::optional<llvm::MemoryBufferRef> Buffer =
          It->second->getBufferOrNone(SM.getDiagnostics(), SM.getFileManager());
      if (!Buffer)
        continue;
      Dependencies.push_back(
          {Path.str(), llvm::xxh3_64bits(Buffer->getBuffer())});
    }
    llvm::sort(Dependencies, [](const Dependency &A, const Dependency &B) {
      return A.Path < B.Path;
    });
    Dependencies.erase(
        std::unique(Dependencies.begin(), Dependencies.end(),
                    [](const Dependency &A, const Dependency &B) {
                      return A.Path == B.Path;
                    }),
        Dependencies.end());
    Out.HashSeconds = std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - Extracted)
                          .count();
  }

private:
  const AnalysisOptions &Options;
  UnitResult &Out;
  std::string &Bytes;
  std::vector<Dependency> &Dependencies;
  /// Set by Initialize, which the parser calls first.
  const ModelIndex *Models = nullptr;
  /// A C TU's declarations the walk will go into, noted as parsed.
  std::optional<TopLevelDecls> Noted;
  double NotingSeconds = 0;
};

class ExtractAction : public ASTFrontendAction {
public:
  ExtractAction(const AnalysisOptions &Options, UnitResult &Out,
                std::string &Bytes, std::vector<Dependency> &Dependencies)
      : Options(Options), Out(Out), Bytes(Bytes), Dependencies(Dependencies) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 llvm::StringRef) override {
    return std::make_unique<ExtractConsumer>(Options, Out, Bytes, Dependencies);
  }

private:
  const AnalysisOptions &Options;
  UnitResult &Out;
  std::string &Bytes;
  std::vector<Dependency> &Dependencies;
};

/// Makes one action per run; the tool runs it for the one file.
class ExtractFactory : public tooling::FrontendActionFactory {
public:
  ExtractFactory(const AnalysisOptions &Options, UnitResult &Out,
                 std::string &Bytes, std::vector<Dependency> &Dependencies)
      : Options(Options), Out(Out), Bytes(Bytes), Dependencies(Dependencies) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<ExtractAction>(Options, Out, Bytes, Dependencies);
  }

private:
  const AnalysisOptions &Options;
  UnitResult &Out;
  std::string &Bytes;
  std::vector<Dependency> &Dependencies;
};

} // namespace

UnitResult extractUnit(const tooling::CompileCommand &Command,
                       const AnalysisOptions &Options,
                       const FactsCache *Cache) {
  UnitResult Result;
  Result.File = Command.Filename;
  facts::FactsStamp Stamp = factsStamp(Options);
  std::string Key = FactsCache::keyOf(Command, Stamp);
  if (Cache)
    if (auto Cached = Cache->lookup(Key, Stamp)) {
      Result.Facts = std::move(Cached);
      return Result;
    }

  // One TU, parsed with exactly its command, as clang-tidy would.
  struct SingleCommand : tooling::CompilationDatabase {
    tooling::CompileCommand C;
    std::vector<tooling::CompileCommand>
    getCompileCommands(llvm::StringRef) const override {
      return {C};
    }
  } Database;
  Database.C = Command;
  // A file system of its own: the real one's working directory is the
  // process's, and TUs are parsed in parallel, each in its own directory.
  tooling::ClangTool Tool(Database, {Command.Filename},
                          std::make_shared<PCHContainerOperations>(),
                          llvm::vfs::createPhysicalFileSystem());
  ErrorCollector Errors(Result.Errors);
  Tool.setDiagnosticConsumer(&Errors);
  Tool.setPrintErrorMessage(false);
  std::string Bytes;
  std::vector<Dependency> Dependencies;
  ExtractFactory Factory(Options, Result, Bytes, Dependencies);
  auto Start = std::chrono::steady_clock::now();
  Tool.run(&Factory);
  Result.ParseSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();
  Result.Parsed = true;
  for (const Dependency &D : Dependencies)
    Result.FilesRead.push_back(D.Path);
  if (Bytes.empty()) {
    Result.Failed = true;
    return Result;
  }
  // A TU in error is not kept: the next run parses it again and reports its
  // errors again, so that a warm cache never hides a broken TU (the
  // summary's count and the exit status are the cold run's).
  if (Cache && Result.Errors.empty()) {
    if (llvm::Expected<std::string> Stored =
            Cache->store(Key, Dependencies, Bytes)) {
      // Read back from the cache: the same bytes a later run reads.
      if (auto Cached = Cache->lookup(Key, Stamp)) {
        Result.Facts = std::move(Cached);
        return Result;
      }
    } else {
      llvm::consumeError(Stored.takeError());
    }
  }
  auto Loaded = facts::readFacts(
      llvm::MemoryBuffer::getMemBufferCopy(Bytes, Command.Filename));
  if (!Loaded) {
    llvm::consumeError(Loaded.takeError());
    Result.Failed = true;
    return Result;
  }
  Result.Facts = std::move(*Loaded);
  return Result;
}

} // namespace clang::tidy::eventloop
