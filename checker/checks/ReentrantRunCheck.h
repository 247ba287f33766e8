//===--- ReentrantRunCheck.h - eventloop-reentrant-run ----------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_REENTRANTRUNCHECK_H
#define EVENTLOOP_TIDY_CHECKS_REENTRANTRUNCHECK_H

#include "OffloadCheck.h"

namespace clang::tidy::eventloop {

/// Finds calls that run an event loop, reachable from code that an event
/// loop runs.
///
/// For the user-facing documentation see:
/// docs/checks/reentrant-run.md
class ReentrantRunCheck : public OffloadCheck {
public:
  ReentrantRunCheck(StringRef Name, ClangTidyContext *Context)
      : OffloadCheck(Name, Context) {}

  /// What the check says about each loop run that loop code reaches.
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

#endif // EVENTLOOP_TIDY_CHECKS_REENTRANTRUNCHECK_H
