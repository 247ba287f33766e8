//===--- Results.cpp - The run's findings for the report writers ----------===//

#include "Results.h"
#include "../../output/CodeQuality.h"
#include "../../output/PathRecords.h"
#include "../../output/SarifLog.h"
#include "Version.h"
#include "llvm/Support/FileSystem.h"

namespace clang::tidy::eventloop {

output::Result resultOf(const Report &R, const Program &P,
                        llvm::ArrayRef<tooling::Replacement> Edits,
                        bool AsError) {
  auto Message = [&](const ProgramPlace &At, llvm::StringRef Text) {
    Located L = locate(P, At);
    output::Message M;
    M.Text = Text.str();
    M.At.File = L.Path.str();
    if (!L.Path.empty())
      M.At.Offset = L.Offset;
    return M;
  };
  output::Result Out;
  Out.Check = R.Check.str();
  Out.Level = AsError ? "error" : "warning";
  Out.Main = Message(R.Loc, R.Message);
  Out.Main.Fix.assign(Edits.begin(), Edits.end());
  for (const ShownNote &N : shownNotes(R, P)) {
    Out.Notes.push_back(Message(N.At, N.Text));
    Out.Notes.back().Role = N.Role;
  }
  Out.Function = R.Function;
  return Out;
}

llvm::Error writeReports(const ReportFiles &Files,
                         llvm::ArrayRef<output::Result> Results, int ExitCode,
                         SourceFiles &Sources) {
  if (!Files.Sarif.empty()) {
    output::SarifRun Run;
    Run.SourceRoot = Files.SourceRoot;
    if (!Files.DocsBase.empty())
      Run.DocsBase = Files.DocsBase;
    Run.LlvmVersion = EVENTLOOP_TIDY_LLVM_VERSION;
    Run.ExitCode = ExitCode;
    if (llvm::Error E = output::writeJson(
            output::sarifLog(Results, Run, Sources), Files.Sarif))
      return E;
  }
  if (!Files.CodeQuality.empty())
    if (llvm::Error E = output::writeJson(
            output::codeQualityReport(Results, Files.SourceRoot, Sources),
            Files.CodeQuality))
      return E;
  return llvm::Error::success();
}

} // namespace clang::tidy::eventloop
