//===--- MacroNotes.cpp - The notes clang writes under a macro ------------===//

#include "MacroNotes.h"
#include "../ClangCompat.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/DiagnosticRenderer.h"

namespace clang::tidy::eventloop {

namespace {

/// Keeps the notes clang's renderer makes, and nothing else.
class NoteRecorder : public DiagnosticRenderer {
public:
  NoteRecorder(const LangOptions &LangOpts, DiagnosticOptions &DiagOpts,
               std::vector<MacroNoteAt> &Out)
      : DiagnosticRenderer(LangOpts, rendererOptions(DiagOpts)), Out(Out) {}

protected:
  void emitDiagnosticMessage(FullSourceLoc Loc, PresumedLoc,
                             DiagnosticsEngine::Level Level, StringRef Message,
                             ArrayRef<CharSourceRange>,
                             DiagOrStoredDiag) override {
    // The first message is the diagnostic itself.
    if (Level == DiagnosticsEngine::Note && Loc.isValid())
      Out.push_back({Loc, Message.str()});
  }
  void emitDiagnosticLoc(FullSourceLoc, PresumedLoc, DiagnosticsEngine::Level,
                         ArrayRef<CharSourceRange>) override {}
  void emitCodeContext(FullSourceLoc, DiagnosticsEngine::Level,
                       SmallVectorImpl<CharSourceRange> &,
                       ArrayRef<FixItHint>) override {}
  void emitIncludeLocation(FullSourceLoc, PresumedLoc) override {}
  void emitImportLocation(FullSourceLoc, PresumedLoc, StringRef) override {}
  void emitBuildingModuleLocation(FullSourceLoc, PresumedLoc,
                                  StringRef) override {}

private:
  std::vector<MacroNoteAt> &Out;
};

} // namespace

std::vector<MacroNoteAt> macroNotes(SourceLocation Loc, const SourceManager &SM,
                                    const LangOptions &LangOpts) {
  std::vector<MacroNoteAt> Out;
  if (!Loc.isMacroID())
    return Out;
  DiagnosticOptions Options;
  NoteRecorder Recorder(LangOpts, Options, Out);
  Recorder.emitDiagnostic(FullSourceLoc(Loc, SM), DiagnosticsEngine::Warning,
                          "", {}, {});
  return Out;
}

} // namespace clang::tidy::eventloop
