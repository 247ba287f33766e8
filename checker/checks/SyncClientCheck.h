//===--- SyncClientCheck.h - eventloop-sync-client --------------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H
#define EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H

#include "OffloadCheck.h"

namespace clang::tidy::eventloop {

/// Finds constructions of synchronous clients reachable from code that an
/// event loop runs.
///
/// For the user-facing documentation see:
/// docs/checks/sync-client.md
class SyncClientCheck : public OffloadCheck {
public:
  SyncClientCheck(StringRef Name, ClangTidyContext *Context)
      : OffloadCheck(Name, Context) {}

private:
  void report(const LoopContext &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H
