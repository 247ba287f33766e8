//===--- CodeQuality.cpp - Results as a GitLab Code Quality report --------===//

#include "CodeQuality.h"
#include "Fingerprint.h"
#include "SarifLog.h"
#include "SourceFiles.h"

namespace clang::tidy::eventloop::output {

llvm::json::Value codeQualityReport(llvm::ArrayRef<Result> Results,
                                    llvm::StringRef SourceRoot,
                                    SourceFiles &Sources) {
  std::vector<Result> Placed;
  for (const Result &R : Results)
    if (!R.Main.At.File.empty())
      Placed.push_back(R);
  std::vector<std::string> Prints = fingerprints(Placed, SourceRoot);
  llvm::json::Array Issues;
  for (size_t I = 0; I < Placed.size(); ++I) {
    const Result &R = Placed[I];
    unsigned Line = R.Main.At.Line;
    if (R.Main.At.Offset)
      if (auto LC = Sources.lineColumn(R.Main.At.File, *R.Main.At.Offset))
        Line = LC->first;
    // GitLab's severities: info, minor, major, critical, blocker. A finding
    // of these checks stalls a loop; an error stops the build's analysis.
    llvm::StringRef Severity = R.Level == "error"     ? "critical"
                               : R.Level == "warning" ? "major"
                                                      : "info";
    Issues.push_back(llvm::json::Object{
        {"type", "issue"},
        {"description", R.Main.Text},
        {"check_name", R.Check},
        {"fingerprint", Prints[I]},
        {"severity", Severity},
        {"location",
         llvm::json::Object{
             {"path",
              underRoot(R.Main.At.File, SourceRoot).value_or(R.Main.At.File)},
             {"lines", llvm::json::Object{{"begin", std::max(Line, 1u)}}}}}});
  }
  return std::move(Issues);
}

} // namespace clang::tidy::eventloop::output
