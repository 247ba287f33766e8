//===--- UnitAnalysis.cpp - The analysis of the TU being checked ----------===//

#include "UnitAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
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

UnitAnalysis::UnitAnalysis(ASTContext &Ctx, const AnalysisOptions &Options)
    : Ctx(Ctx), Models(Options), Facts(extractFacts(Ctx, Models)) {
  const facts::TUFacts *Units[] = {&Facts->Facts};
  Context = std::make_unique<LoopContext>(Models, Program::link(Units));
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
  return Ctx.getSourceManager().getComposedLoc(File, P.At.Offset);
}

CharSourceRange UnitAnalysis::range(unsigned Unit,
                                    const facts::Span &S) const {
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
