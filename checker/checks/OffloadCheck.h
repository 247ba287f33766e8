//===--- OffloadCheck.h - Checks that offer the offload fix-it --*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_OFFLOADCHECK_H
#define EVENTLOOP_TIDY_CHECKS_OFFLOADCHECK_H

#include "ConfiguredOptions.h"
#include "EventLoopCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"

namespace clang::tidy::eventloop {

/// The base of the checks whose fix-it moves a call onto another thread
/// (eventloop-reentrant-run, eventloop-sync-client): reads and stores the
/// options OffloadTemplate, OffloadHeader (each local or global) and
/// IncludeStyle, and adds the rewrite with its include to a diagnostic.
class OffloadCheck : public EventLoopCheck {
public:
  OffloadCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void onEndOfTranslationUnit() override;

protected:
  TellSettings settings() const override;
  void addFix(DiagnosticBuilder &D, const Report &R, const UnitAnalysis &Unit,
              ASTContext &Ctx) override;

  const OffloadSetting Setting;

private:
  utils::IncludeInserter Inserter;
  /// The TU whose files this check inserted headers into.
  const SourceManager *LastSourceManager = nullptr;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_OFFLOADCHECK_H
