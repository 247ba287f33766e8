//===--- MacroNotes.cpp - The notes clang writes under a macro ------------===//

#include "MacroNotes.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::eventloop {

namespace {

/// The name of the macro whose expansion holds \p Loc, as clang's
/// Lexer::getImmediateMacroNameForDiagnostics gives it. That function
/// relexes the name with a raw lexer made for it, most of a note's cost; a
/// name spelled in a file is read from the file's text here, and clang's
/// function answers whatever is not plain identifier characters.
llvm::StringRef macroName(SourceLocation Loc, const SourceManager &SM,
                          const LangOptions &LangOpts) {
  SourceLocation Expansion = Loc;
  while (SM.isMacroArgExpansion(Expansion))
    Expansion = SM.getImmediateExpansionRange(Expansion).getBegin();
  // A paste or a stringisation is spelled in no file: clang's rule.
  if (!SM.getFileEntryRefForID(SM.getFileID(SM.getSpellingLoc(Expansion))))
    return Lexer::getImmediateMacroNameForDiagnostics(Loc, SM, LangOpts);
  SourceLocation Name =
      SM.getSpellingLoc(SM.getImmediateExpansionRange(Expansion).getBegin());
  auto [File, Offset] = SM.getDecomposedLoc(Name);
  bool Invalid = false;
  llvm::StringRef Text = SM.getBufferData(File, &Invalid);
  if (Invalid || Offset >= Text.size() ||
      !isAsciiIdentifierStart(Text[Offset], LangOpts.DollarIdents))
    return Lexer::getImmediateMacroNameForDiagnostics(Loc, SM, LangOpts);
  size_t End = Offset + 1;
  while (End < Text.size() &&
         isAsciiIdentifierContinue(Text[End], LangOpts.DollarIdents))
    ++End;
  // A line continuation, a trigraph or a universal character inside the
  // name: the lexer knows where it ends.
  if (End < Text.size() && (Text[End] == '\\' || Text[End] == '?' ||
                            static_cast<unsigned char>(Text[End]) >= 0x80))
    return Lexer::getImmediateMacroNameForDiagnostics(Loc, SM, LangOpts);
  return Text.slice(Offset, End);
}

void addNote(SourceLocation Level, const SourceManager &SM,
             const LangOptions &LangOpts, std::vector<MacroNoteAt> &Out) {
  llvm::StringRef Name = macroName(Level, SM, LangOpts);
  Out.push_back({SM.getSpellingLoc(Level),
                 Name.empty() ? std::string("expanded from here")
                              : ("expanded from macro '" + Name + "'").str()});
}

} // namespace

std::vector<MacroNoteAt> macroNotes(SourceLocation Loc, const SourceManager &SM,
                                    const LangOptions &LangOpts) {
  std::vector<MacroNoteAt> Out;
  if (!Loc.isMacroID())
    return Out;
  // clang's DiagnosticRenderer::emitMacroExpansions for a diagnostic without
  // ranges: one level per macro the place came through, innermost first; a
  // macro argument's level points at the argument's use in the definition,
  // and the levels up to the last argument are not shown (the caret is
  // already on the argument as written).
  llvm::SmallVector<SourceLocation, 8> Levels;
  size_t Hidden = 0;
  SourceLocation L = Loc;
  while (L.isMacroID()) {
    if (SM.isMacroArgExpansion(L)) {
      Levels.push_back(SM.getImmediateExpansionRange(L).getBegin());
      Hidden = Levels.size();
    } else {
      Levels.push_back(L);
    }
    L = SM.getImmediateMacroCallerLoc(L);
    if (L.isFileID())
      L = SM.getImmediateMacroCallerLoc(Levels.back());
  }
  llvm::ArrayRef<SourceLocation> Shown =
      llvm::ArrayRef(Levels).drop_front(Hidden);
  // Printed outermost first. Past clang's default limit, the outermost and
  // innermost halves with a "skipping" note between them that has no place
  // (and is not kept).
  const size_t Limit = DiagnosticOptions::DefaultMacroBacktraceLimit;
  for (size_t I = Shown.size(); I-- > 0;) {
    bool Outer = Shown.size() - I <= Limit / 2;
    bool Inner = I < Limit / 2 + Limit % 2;
    if (Shown.size() <= Limit || Outer || Inner)
      addNote(Shown[I], SM, LangOpts, Out);
  }
  return Out;
}

} // namespace clang::tidy::eventloop
