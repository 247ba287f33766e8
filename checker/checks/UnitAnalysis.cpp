//===--- UnitAnalysis.cpp - The analysis of the TU being checked ----------===//

#include "UnitAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <mutex>

namespace clang::tidy::eventloop {

std::shared_ptr<const UnitAnalysis>
UnitAnalysis::get(ASTContext &Ctx, const AnalysisOptions &Options) {
  // Checks are made anew for each TU, and clangd builds several TUs at once:
  // the cache holds weak references keyed by the live ASTContext.
  static std::mutex Lock;
  static std::map<std::pair<const ASTContext *, std::string>,
                  std::weak_ptr<const UnitAnalysis>>
      Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  for (auto It = Cache.begin(); It != Cache.end();)
    It = It->second.expired() ? Cache.erase(It) : std::next(It);
  auto &Slot = Cache[{&Ctx, Options.fingerprint()}];
  if (auto Existing = Slot.lock())
    return Existing;
  auto Made = std::make_shared<const UnitAnalysis>(Ctx, Options);
  Slot = Made;
  return Made;
}

/// The program summary for \p MainFile: the one \p Option names, else the
/// one beside the compile_commands.json that clangd would find (in a folder
/// above the file, or in its build/ subfolder).
static std::string findSummary(llvm::StringRef MainFile,
                               llvm::StringRef Option) {
  if (Option == "none")
    return {};
  if (!Option.empty())
    return Option.str();
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(MainFile);
       !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir)) {
    for (llvm::StringRef Sub : {"", "build"}) {
      llvm::SmallString<256> Database(Dir);
      llvm::sys::path::append(Database, Sub, "compile_commands.json");
      if (!llvm::sys::fs::exists(Database))
        continue;
      llvm::SmallString<256> Summary(llvm::sys::path::parent_path(Database));
      llvm::sys::path::append(Summary, facts::SummaryFileName);
      return llvm::sys::fs::exists(Summary) ? std::string(Summary)
                                            : std::string();
    }
  }
  return {};
}

/// The summary at \p Path, read once per process while the file is
/// unchanged; null when there is none or it cannot be used.
static std::shared_ptr<const facts::LoadedSummary>
loadSummary(const std::string &Path) {
  static std::mutex Lock;
  struct Entry {
    llvm::sys::TimePoint<> Modified;
    uint64_t Size;
    std::shared_ptr<const facts::LoadedSummary> Summary;
  };
  static std::map<std::string, Entry> Loaded;
  llvm::sys::fs::file_status Status;
  if (Path.empty() || llvm::sys::fs::status(Path, Status))
    return nullptr;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Loaded.find(Path);
  if (It != Loaded.end() &&
      It->second.Modified == Status.getLastModificationTime() &&
      It->second.Size == Status.getSize())
    return It->second.Summary;
  std::shared_ptr<const facts::LoadedSummary> Summary;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Path, false, false)) {
    auto Read = facts::readSummary(std::move(*Buffer),
                                   factsStamp(AnalysisOptions()).Models);
    if (Read)
      Summary = std::move(*Read);
    else
      // A summary of another build or a damaged one: as if there were none.
      llvm::consumeError(Read.takeError());
  }
  Loaded[Path] = {Status.getLastModificationTime(), Status.getSize(), Summary};
  return Summary;
}

UnitAnalysis::UnitAnalysis(ASTContext &Ctx, const AnalysisOptions &Options)
    : Ctx(Ctx), Models(Options), Facts(extractFacts(Ctx, Models)) {
  std::vector<const facts::TUFacts *> Units = {&Facts->Facts};
  // The other TUs of the program, as the last whole-program run saw them;
  // this TU's own facts are fresh.
  Summary =
      loadSummary(findSummary(Facts->Facts.MainFile, Options.ProgramSummary));
  if (Summary)
    for (const auto &Unit : Summary->Units)
      if (Unit->Facts.MainFile != Facts->Facts.MainFile)
        Units.push_back(&Unit->Facts);
  Context = std::make_unique<LoopContext>(Models, Program::link(Units));
}

bool UnitAnalysis::stale(const ProgramPlace &P) const {
  if (P.Unit == LiveUnit || !P.valid())
    return false;
  auto [It, New] = Stale.try_emplace({P.Unit, P.At.File}, false);
  if (New) {
    const facts::File &F = Context->program().unit(P.Unit).Files[P.At.File];
    std::optional<std::string> Now;
    if (auto Buffer = llvm::MemoryBuffer::getFile(F.Path, false, false))
      It->second = llvm::xxh3_64bits((*Buffer)->getBuffer()) != F.Hash;
    else
      It->second = true;
  }
  return It->second;
}

FileID UnitAnalysis::fileOf(unsigned Unit, uint32_t File) const {
  const facts::TUFacts &T = Context->program().unit(Unit);
  if (File >= T.Files.size())
    return FileID();
  SourceManager &SM = Ctx.getSourceManager();
  auto FE = SM.getFileManager().getOptionalFileRef(T.Files[File].Path);
  if (!FE)
    return FileID();
  return SM.getOrCreateFileID(*FE, SrcMgr::C_User);
}

SourceLocation UnitAnalysis::location(const ProgramPlace &P) const {
  if (!P.valid())
    return {};
  // This TU's own places keep their macro expansions.
  if (P.Unit == LiveUnit && P.At.Live)
    return SourceLocation::getFromRawEncoding(P.At.Live);
  FileID File = fileOf(P.Unit, P.At.File);
  if (File.isInvalid())
    return {};
  // A stale summary may point past the end of a file that has shrunk.
  const SourceManager &SM = Ctx.getSourceManager();
  if (P.At.Offset > SM.getFileEntryRefForID(File)->getSize())
    return SM.getLocForStartOfFile(File);
  return SM.getComposedLoc(File, P.At.Offset);
}

CharSourceRange UnitAnalysis::range(unsigned Unit, const facts::Span &S) const {
  FileID File = fileOf(Unit, S.File);
  if (File.isInvalid())
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  return CharSourceRange::getCharRange(SM.getComposedLoc(File, S.Begin),
                                       SM.getComposedLoc(File, S.End));
}

std::optional<std::string> UnitAnalysis::text(unsigned Unit,
                                              const facts::Span &S) const {
  FileID File = fileOf(Unit, S.File);
  if (File.isInvalid())
    return std::nullopt;
  bool Invalid = false;
  llvm::StringRef Buffer = Ctx.getSourceManager().getBufferData(File, &Invalid);
  if (Invalid || S.End > Buffer.size() || S.Begin > S.End)
    return std::nullopt;
  return Buffer.slice(S.Begin, S.End).str();
}

} // namespace clang::tidy::eventloop
