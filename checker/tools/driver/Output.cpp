//===--- Output.cpp - Findings printed as clang-tidy prints them ----------===//

#include "Output.h"
#include "clang-tidy/GlobList.h"

namespace clang::tidy::eventloop {

/// Does the NOLINT comment that starts at \p Rest (just after the word)
/// name \p Check? `NOLINT` alone names every check.
static bool namesCheck(llvm::StringRef Rest, llvm::StringRef Check) {
  if (!Rest.starts_with("("))
    return true;
  llvm::StringRef List = Rest.drop_front().split(')').first;
  return GlobList(List, /*KeepNegativeGlobs=*/false).contains(Check);
}

bool suppressed(SourceFiles &Sources, llvm::StringRef Path, unsigned Line,
                llvm::StringRef Check) {
  std::optional<llvm::StringRef> Contents = Sources.contents(Path);
  if (!Contents || !Contents->contains("NOLINT"))
    return false;
  auto Has = [&](unsigned L, llvm::StringRef Word) {
    std::optional<llvm::StringRef> Text = Sources.line(Path, L);
    if (!Text)
      return false;
    for (size_t At = Text->find(Word); At != llvm::StringRef::npos;
         At = Text->find(Word, At + 1)) {
      llvm::StringRef Rest = Text->substr(At + Word.size());
      if (Word == "NOLINT" &&
          (Rest.starts_with("NEXTLINE") || Rest.starts_with("BEGIN") ||
           Rest.starts_with("END")))
        continue;
      if (namesCheck(Rest, Check))
        return true;
    }
    return false;
  };
  if (Has(Line, "NOLINT") || (Line > 1 && Has(Line - 1, "NOLINTNEXTLINE")))
    return true;
  // Inside a NOLINTBEGIN ... NOLINTEND block for the check.
  if (!Contents->contains("NOLINTBEGIN"))
    return false;
  int Open = 0;
  for (unsigned L = 1; L < Line; ++L) {
    if (Has(L, "NOLINTBEGIN"))
      ++Open;
    if (Has(L, "NOLINTEND") && Open > 0)
      --Open;
  }
  return Open > 0;
}

Located locate(const Program &P, const ProgramPlace &At) {
  Located L;
  if (!At.valid())
    return L;
  L.Path = P.file(At.Unit, At.At);
  L.Line = At.At.Line;
  L.Column = At.At.Column;
  L.Offset = At.At.Offset;
  return L;
}

/// `file:line:col: kind: text`, then the line with a caret, as clang does.
static void printOne(llvm::raw_ostream &OS, const Program &P,
                     SourceFiles &Sources, const ProgramPlace &At,
                     llvm::StringRef Kind, llvm::StringRef Text) {
  Located L = locate(P, At);
  if (L.Path.empty()) {
    OS << Kind << ": " << Text << '\n';
    return;
  }
  OS << L.Path << ':' << L.Line << ':' << L.Column << ": " << Kind << ": "
     << Text << '\n';
  if (std::optional<llvm::StringRef> Line = Sources.line(L.Path, L.Line))
    printSourceLine(OS, *Line, L.Line, L.Column);
}

void printSourceLine(llvm::raw_ostream &OS, llvm::StringRef Text, unsigned Line,
                     unsigned Column) {
  std::string Number = std::to_string(Line);
  OS.indent(std::max<int>(5 - Number.size(), 0));
  OS << Number << " | " << Text << '\n';
  OS << "      | ";
  for (unsigned I = 1; I < Column && I - 1 < Text.size(); ++I)
    OS << (Text[I - 1] == '\t' ? '\t' : ' ');
  OS << "^\n";
}

std::vector<ShownNote> shownNotes(const Report &R, const Program &P) {
  std::vector<ShownNote> Out;
  auto MacroNotes = [&](const ProgramPlace &At) {
    for (const facts::MacroNote &M : P.macroNotes(At.Unit, At.At))
      Out.push_back({{At.Unit, M.At}, M.Text, std::nullopt});
  };
  MacroNotes(R.Loc);
  for (const Note &N : R.Notes) {
    Out.push_back({N.Loc, N.Text, N.Role});
    MacroNotes(N.Loc);
  }
  return Out;
}

void printReport(llvm::raw_ostream &OS, const Report &R, const Program &P,
                 SourceFiles &Sources, bool AsError) {
  std::string Text = R.Message + " [" + R.Check.str() +
                     (AsError ? ",-warnings-as-errors]" : "]");
  printOne(OS, P, Sources, R.Loc, AsError ? "error" : "warning", Text);
  for (const ShownNote &N : shownNotes(R, P))
    printOne(OS, P, Sources, N.At, "note", N.Text);
}

} // namespace clang::tidy::eventloop
