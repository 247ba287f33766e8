//===--- EventLoopCheck.cpp - What the three checks share -----------------===//

#include "EventLoopCheck.h"
#include "../output/PathRecords.h"
#include "ConfiguredOptions.h"
#include "PathNotes.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::eventloop {

EventLoopCheck::EventLoopCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      Analysis(readAnalysisOptions(
          Context->getOptions().CheckOptions, Name,
          [&](const WrittenOption &Bad, StringRef Why) {
            reportBadOption(*Context, Name, Bad, AllChecks, Why);
          })),
      TidyContext(Context) {}

void EventLoopCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  storeAnalysisOptions(Analysis, Options, Opts);
}

void EventLoopCheck::registerMatchers(MatchFinder *Finder) {
  // The analysis walks the whole TU itself; one match starts it.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

TellSettings EventLoopCheck::settings() const {
  TellSettings S;
  S.SyncClientEnabled = TidyContext->isCheckEnabled(SyncClientCheckName);
  S.OneWarningPerDefect = Analysis.OneWarningPerDefect;
  return S;
}

void EventLoopCheck::check(const MatchFinder::MatchResult &Result) {
  Held = UnitAnalysis::get(*Result.Context, Analysis);
  std::vector<Report> Reports;
  tell(Held->context(), settings(), Reports);
  // Findings that start in this TU's code; those of the other TUs of a
  // program summary are theirs to report.
  for (const Report &R : Reports)
    if (R.Loc.Unit == UnitAnalysis::LiveUnit)
      emit(R, *Held, *Result.Context);
}

/// The path record of a warning at \p Loc: its file and offset as clang
/// places it, with the notes still to come.
static PathRecord startRecord(const Report &R, SourceLocation Loc,
                              const SourceManager &SM) {
  PathRecord Record{R.Check.str(), "", 0, R.Message, R.Function, {}};
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  if (OptionalFileEntryRef File =
          SM.getFileEntryRefForID(SM.getFileID(FileLoc)))
    if (llvm::StringRef Real = File->getFileEntry().tryGetRealPathName();
        !Real.empty())
      Record.File = Real.str();
  Record.Offset = SM.getFileOffset(FileLoc);
  return Record;
}

void EventLoopCheck::emit(const Report &R, const UnitAnalysis &Unit,
                          ASTContext &Ctx) {
  static const std::string RecordsFile = pathRecordsFile();
  SourceLocation Loc = Unit.location(R.Loc);
  {
    DiagnosticBuilder D = diag(Loc, "%0") << R.Message;
    if (R.Fix)
      addFix(D, R, Unit, Ctx);
  }
  PathRecord Record = startRecord(R, Loc, Ctx.getSourceManager());
  for (const Note &N : R.Notes) {
    bool Stale = Unit.stale(N.Loc);
    std::string Text =
        Stale ? N.Text + " (the program summary is older than this file)"
              : N.Text;
    diag(Unit.location(N.Loc), "%0", DiagnosticIDs::Note) << Text;
    Record.Notes.push_back({std::move(Text), N.Role});
    // A place of another TU (from the program summary) is a file location
    // here, so clang adds no macro notes: they come from its facts.
    if (N.Loc.Unit != UnitAnalysis::LiveUnit && !Stale)
      for (const facts::MacroNote &M :
           Unit.context().program().macroNotes(N.Loc.Unit, N.Loc.At))
        diag(Unit.location({N.Loc.Unit, M.At}), "%0", DiagnosticIDs::Note)
            << M.Text;
  }
  if (!RecordsFile.empty() && !Record.File.empty())
    if (llvm::Error E = appendPathRecord(RecordsFile, Record))
      configurationDiag("cannot write the path record: %0")
          << llvm::toString(std::move(E));
}

std::string EventLoopCheck::quotedName(StringRef Name) {
  return Name.empty() ? std::string() : " '" + Name.str() + "'";
}

StringRef EventLoopCheck::loopLabel(const LoopContext &Analysis,
                                    const Finding &F) {
  const FrameworkModel *Root = Analysis.model(F.R->R->Model);
  if (Root && Root->LoopLabel != "event")
    return Root->LoopLabel;
  const facts::Site &Sink = *Analysis.program().Sites[F.sink()].S;
  const FrameworkModel *Of = Analysis.model(Sink.Sink);
  if (Of && Of->LoopLabel != "event")
    return Of->LoopLabel;
  return "event";
}

Report EventLoopCheck::startReport(StringRef Check, const LoopContext &Analysis,
                                   const Finding &F) {
  const Program &P = Analysis.program();
  const Program::Site &Start = P.Sites[F.start()];
  Report R{Check, {Start.Unit, Start.S->Loc}, "", pathNotes(Analysis, F), {}};
  R.Framework = loopLabel(Analysis, F);
  R.Function = P.function(Start.Caller).Name;
  R.Sites = F.Path;
  R.ByUser = F.R->R->UserInput || F.R->R->UserWindow;
  R.OffMain = P.rootOffMain(*F.R);
  return R;
}

} // namespace clang::tidy::eventloop
