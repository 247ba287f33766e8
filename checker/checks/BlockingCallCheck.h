//===--- BlockingCallCheck.h - eventloop-blocking-call ----------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_CHECKS_BLOCKINGCALLCHECK_H
#define EVENTLOOP_TIDY_CHECKS_BLOCKINGCALLCHECK_H

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

private:
  void report(const LoopContext &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_BLOCKINGCALLCHECK_H
