// folly (MOCK: Debian has no folly package; inputs/folly_mock.h declares the
// folly names as folly does): functions run on an EventBase that loop it
// again, or loop a private EventBase of their own.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --copy %S/inputs/folly_mock.h --tmp %t/reentrant/t -- -std=c++17

#include "folly_mock.h"
#include <future>

folly::EventBase evb;

struct Service {
  folly::EventBase *base;
  void start() {
    base->runInEventBaseThread([this] { base->loopOnce(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: callback re-enters its own folly loop 'base' through 'EventBase::loopOnce'; folly refuses to loop an EventBase from inside its own loop [eventloop-reentrant-run]
  }
};

int main() {
  evb.runInEventBaseThread([] { evb.loop(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: callback re-enters its own folly loop 'evb' through 'EventBase::loop'; folly refuses to loop an EventBase from inside its own loop [eventloop-reentrant-run]
  evb.runAfterDelay([] { evb.loopForever(); }, 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: callback re-enters its own folly loop 'evb' through 'EventBase::loopForever'; folly refuses to loop an EventBase from inside its own loop [eventloop-reentrant-run]

  // A fresh EventBase on the stack: folly's advice for synchronous work,
  // but it still blocks evb until it returns.
  evb.runInLoop([] {
    folly::EventBase mine;
    mine.loopForever();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: callback blocks its folly loop until the private loop 'mine' run by 'EventBase::loopForever' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: std::async(std::launch::async, [&] { return mine.loopForever(); }).get();
  });
  evb.loop();
}
