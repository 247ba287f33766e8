//===--- BlockingCallCheck.h - eventloop-blocking-call ----------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_BLOCKINGCALLCHECK_H
#define EVENTLOOP_TIDY_CHECKS_BLOCKINGCALLCHECK_H

#include "ConfiguredOptions.h"
#include "EventLoopCheck.h"

namespace clang::tidy::eventloop {

/// Finds blocking waits, sleeps and synchronous I/O reachable from code that
/// an event loop runs.
///
/// For the user-facing documentation see:
/// docs/checks/blocking-call.md
class BlockingCallCheck : public EventLoopCheck {
public:
  using EventLoopCheck::EventLoopCheck;

  /// What the check says about each blocking call that loop code reaches.
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

#endif // EVENTLOOP_TIDY_CHECKS_BLOCKINGCALLCHECK_H
