//===--- SyncClientCheck.h - eventloop-sync-client --------------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H
#define EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H

#include "EventLoopCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"

namespace clang::tidy::eventloop {

/// Finds constructions of synchronous clients reachable from code that an
/// event loop runs.
///
/// For the user-facing documentation see:
/// docs/checks/sync-client.md
class SyncClientCheck : public EventLoopCheck {
public:
  SyncClientCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;

private:
  void report(const LoopContext &Analysis, ASTContext &Ctx) override;

  utils::IncludeInserter Inserter;
  const std::string OffloadTemplate;
  const std::string OffloadHeader;
  bool TemplateUsable = true;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H
