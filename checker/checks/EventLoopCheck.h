//===--- EventLoopCheck.h - What the three checks share ---------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_EVENTLOOPCHECK_H
#define EVENTLOOP_TIDY_CHECKS_EVENTLOOPCHECK_H

#include "Report.h"
#include "UnitAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::eventloop {

/// What a check needs besides the analysis to tell its findings: its fix-it,
/// whether eventloop-sync-client reports constructions (then the other
/// checks stay quiet at them), and whether the routes of one defect are one
/// warning.
struct TellSettings {
  OffloadTemplate Offload{DefaultOffloadTemplate};
  bool SyncClientEnabled = true;
  /// AnalysisOptions::OneWarningPerDefect.
  bool OneWarningPerDefect = true;
};

/// The base of the eventloop checks: reads the options that extend the
/// models, asks the shared analysis once per TU, and emits what the check
/// tells about each finding. A check only says what its findings mean.
class EventLoopCheck : public ClangTidyCheck {
public:
  EventLoopCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Held.reset(); }
  /// Every C and C++ dialect: event loops are as old as C89 code.
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return true;
  }

  /// `" 'io'"` for a named loop, else "".
  static std::string quotedName(StringRef Name);
  /// The loop kind that runs the root ("asio", "libuv"), for messages.
  static StringRef loopLabel(const LoopContext &Analysis, const Finding &F);
  /// \p F's report as far as every check tells it alike: the warning's
  /// place, the path's notes, the framework and the function.
  static Report startReport(StringRef Check, const LoopContext &Analysis,
                            const Finding &F);

protected:
  /// What the check says about the findings of \p Analysis.
  virtual void tell(const LoopContext &Analysis, const TellSettings &Settings,
                    std::vector<Report> &Out) const = 0;
  /// Adds the report's fix-it to its warning.
  virtual void addFix(DiagnosticBuilder &D, const Report &R,
                      const UnitAnalysis &Unit, ASTContext &Ctx) {}
  virtual TellSettings settings() const;

private:
  void emit(const Report &R, const UnitAnalysis &Unit, ASTContext &Ctx);

  AnalysisOptions Analysis;
  ClangTidyContext *TidyContext;
  /// Held until the end of the TU, so that the other checks share it.
  std::shared_ptr<const UnitAnalysis> Held;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_EVENTLOOPCHECK_H
