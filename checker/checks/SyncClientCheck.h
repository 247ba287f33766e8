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

  /// What the check says about each construction of a synchronous client that
  /// loop code reaches.
  static void tellFindings(const LoopContext &Analysis,
                           const TellSettings &Settings,
                           std::vector<Report> &Out);

private:
  void tell(const LoopContext &Analysis, const TellSettings &Settings,
            std::vector<Report> &Out) const override {
    tellFindings(Analysis, Settings, Out);
  }
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_SYNCCLIENTCHECK_H
