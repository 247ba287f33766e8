// The folly program's shared declarations, over the folly MOCK of
// test/folly/inputs/folly_mock.h (Debian has no folly package).
#include "folly_mock.h"

extern folly::EventBase evb;
// tick.cpp: a function main.cpp runs on evb after a delay.
void tick();
// poller.cpp: an AsyncTimeout whose handler is defined there.
struct Poller : folly::AsyncTimeout {
  explicit Poller(folly::EventBase *b) : folly::AsyncTimeout(b) {}
  void timeoutExpired() noexcept override;
};
// helpers.cpp.
void waitReady();
void settle(folly::EventBase &b);
void syncFlush();
