//===--- EventLoopCheck.h - What the three checks share ---------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_EVENTLOOPCHECK_H
#define EVENTLOOP_TIDY_CHECKS_EVENTLOOPCHECK_H

#include "../analysis/LoopContext.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::eventloop {

/// The base of the eventloop checks: reads the options that extend the
/// models, asks the shared analysis once per TU, and tells a finding's path
/// as notes. A check only says what its findings mean.
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

protected:
  /// Reports the findings of the analysis.
  virtual void report(const LoopContext &Analysis, ASTContext &Ctx) = 0;

  /// Notes for each hop of \p F's path after its start, the sink, the
  /// constructor path of a synchronous client, and where the root was
  /// registered.
  void notePath(const LoopContext &Analysis, const Finding &F);

  /// The loop kind that runs the root ("asio", "libuv"), for messages.
  static StringRef loopLabel(const LoopContext &Analysis, const Finding &F);

  /// Is \p Site one that eventloop-sync-client reports (so the other
  /// checks stay quiet there)?
  bool reportedAsSyncClient(const LoopContext &Analysis, unsigned Site) const;

  /// `" 'io'"` for a named loop, else "".
  static std::string quotedName(StringRef Name);

private:
  AnalysisOptions Analysis;
  ClangTidyContext *TidyContext;
  /// Held until the end of the TU, so that the other checks share it.
  std::shared_ptr<const LoopContext> Held;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_EVENTLOOPCHECK_H
