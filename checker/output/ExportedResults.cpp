//===--- ExportedResults.cpp - Results of a clang-tidy run ----------------===//

#include "ExportedResults.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

// clang-tidy writes one document; run-clang-tidy's merged file may hold
// several.
LLVM_YAML_IS_DOCUMENT_LIST_VECTOR(clang::tooling::TranslationUnitDiagnostics)

namespace clang::tidy::eventloop::output {

/// \p Path made absolute against \p Base (the diagnostic's build directory,
/// else the current one) and normalised.
static std::string absolute(llvm::StringRef Path, llvm::StringRef Base) {
  if (Path.empty())
    return "";
  llvm::SmallString<256> Out;
  if (llvm::sys::path::is_absolute(Path))
    Out = Path;
  else if (!Base.empty()) {
    Out = Base;
    llvm::sys::path::append(Out, Path);
  } else {
    Out = Path;
    llvm::sys::fs::make_absolute(Out);
  }
  llvm::sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return std::string(Out);
}

static Message messageOf(const tooling::DiagnosticMessage &M,
                         llvm::StringRef Base) {
  Message Out;
  Out.Text = M.Message;
  Out.At.File = absolute(M.FilePath, Base);
  if (!Out.At.File.empty())
    Out.At.Offset = M.FileOffset;
  for (const tooling::FileByteRange &R : M.Ranges)
    if (absolute(R.FilePath, Base) == Out.At.File)
      Out.At.Ranges.push_back({R.FileOffset, R.Length});
  for (const auto &[File, Replacements] : M.Fix)
    for (const tooling::Replacement &R : Replacements)
      Out.Fix.emplace_back(absolute(R.getFilePath(), Base), R.getOffset(),
                           R.getLength(), R.getReplacementText());
  llvm::sort(Out.Fix);
  return Out;
}

llvm::Expected<std::vector<Result>> readExportedFixes(llvm::StringRef Yaml) {
  std::vector<tooling::TranslationUnitDiagnostics> Documents;
  llvm::yaml::Input In(Yaml);
  In >> Documents;
  if (In.error())
    return llvm::createStringError(In.error(),
                                   "the --export-fixes YAML cannot be read");
  std::vector<Result> Results;
  for (const tooling::TranslationUnitDiagnostics &Doc : Documents)
    for (const tooling::Diagnostic &D : Doc.Diagnostics) {
      Result R;
      R.Check = D.DiagnosticName;
      R.Main = messageOf(D.Message, D.BuildDirectory);
      for (const tooling::DiagnosticMessage &N : D.Notes)
        R.Notes.push_back(messageOf(N, D.BuildDirectory));
      switch (D.DiagLevel) {
      case tooling::Diagnostic::Error:
        R.Level = "error";
        break;
      case tooling::Diagnostic::Remark:
        R.Level = "note";
        break;
      default:
        R.Level = R.Check == "clang-diagnostic-error" ? "error" : "warning";
      }
      Results.push_back(std::move(R));
    }
  return Results;
}

std::vector<Result> readTextOutput(llvm::StringRef Text) {
  // Clang's diagnostic lines; excerpts start with white space or a gutter.
  static const llvm::Regex Placed(
      "^([^ ].*):([0-9]+):([0-9]+): (warning|error|fatal error|note|remark): "
      "(.*)$");
  static const llvm::Regex Unplaced(
      "^(warning|error|fatal error|remark): (.*)$");
  static const llvm::Regex Tagged(
      "^(.*) \\[([A-Za-z0-9_.+-]+)(,-warnings-as-errors)?\\]$");
  static const llvm::Regex Colour("\x1b\\[[0-9;]*m");
  std::vector<Result> Results;
  llvm::SmallVector<llvm::StringRef> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Raw : Lines) {
    std::string Line = Raw.rtrim("\r").str();
    while (Colour.match(Line))
      Line = Colour.sub("", Line);
    llvm::SmallVector<llvm::StringRef, 6> M;
    Message Msg;
    llvm::StringRef Kind;
    if (Placed.match(Line, &M)) {
      Msg.At.File = absolute(M[1], "");
      M[2].getAsInteger(10, Msg.At.Line);
      M[3].getAsInteger(10, Msg.At.Column);
      Kind = M[4];
      Msg.Text = M[5].str();
    } else if (Unplaced.match(Line, &M)) {
      Kind = M[1];
      Msg.Text = M[2].str();
    } else {
      continue;
    }
    if (Kind == "note") {
      if (!Results.empty() &&
          Msg.Text != "FIX-IT applied suggested code changes")
        Results.back().Notes.push_back(std::move(Msg));
      continue;
    }
    Result R;
    llvm::SmallVector<llvm::StringRef, 4> Tag;
    if (Tagged.match(Msg.Text, &Tag)) {
      R.Check = Tag[2].str();
      Msg.Text = Tag[1].str();
    } else {
      R.Check = "clang-diagnostic-" +
                Kind.drop_front(Kind.starts_with("fatal ") ? 6 : 0).str();
    }
    R.Level = Kind == "remark"    ? "note"
              : Kind == "warning" ? "warning"
                                  : "error";
    R.Main = std::move(Msg);
    Results.push_back(std::move(R));
  }
  return Results;
}

/// Everything a result says, as one string.
static std::string identity(const Result &R) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  auto Add = [&](const Message &M) {
    OS << M.Text << '\0' << M.At.File << '\0'
       << (M.At.Offset ? int64_t(*M.At.Offset) : -1) << '\0' << M.At.Line
       << '\0' << M.At.Column << '\0';
    for (const tooling::Replacement &E : M.Fix)
      OS << E.toString() << '\0';
  };
  OS << R.Check << '\0' << R.Level << '\0';
  Add(R.Main);
  for (const Message &N : R.Notes)
    Add(N);
  return Out;
}

void dropRepeats(std::vector<Result> &Results) {
  llvm::StringSet<> Seen;
  llvm::erase_if(Results, [&](const Result &R) {
    return !Seen.insert(identity(R)).second;
  });
}

static tooling::DiagnosticMessage exportedMessage(const Message &M) {
  tooling::DiagnosticMessage Out;
  Out.Message = M.Text;
  Out.FilePath = M.At.File;
  Out.FileOffset = M.At.Offset.value_or(0);
  for (const tooling::Replacement &E : M.Fix)
    llvm::consumeError(Out.Fix[E.getFilePath()].add(E));
  return Out;
}

tooling::Diagnostic exportedDiagnostic(const Result &R) {
  tooling::Diagnostic D;
  D.DiagnosticName = R.Check;
  D.Message = exportedMessage(R.Main);
  for (const Message &N : R.Notes)
    D.Notes.push_back(exportedMessage(N));
  D.DiagLevel = R.Level == "error" ? tooling::Diagnostic::Error
                                   : tooling::Diagnostic::Warning;
  return D;
}

} // namespace clang::tidy::eventloop::output
