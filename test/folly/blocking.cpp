// folly (MOCK: Debian has no folly package; inputs/folly_mock.h declares the
// folly names as folly does): waits on futures, batons and coroutines in
// functions run on an EventBase and in AsyncTimeout handlers.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --copy %S/inputs/folly_mock.h --tmp %t/blocking/t -- -std=c++17

#include "folly_mock.h"

folly::EventBase evb;
folly::Future<int> fetch();
folly::coro::Task<int> compute();

struct Poller : folly::AsyncTimeout {
  explicit Poller(folly::EventBase *b) : folly::AsyncTimeout(b) {}
  void timeoutExpired() noexcept override {
    folly::Baton<> done;
    done.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: callback blocks its folly loop in 'Baton::wait' [eventloop-blocking-call]
  }
};

int main() {
  evb.runInLoop([] { fetch().get(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: callback blocks its folly loop in 'Future::get' [eventloop-blocking-call]
  evb.runAfterDelay([] { folly::coro::blockingWait(compute()); }, 10);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: callback blocks its folly loop in 'blocking_wait_fn::operator()' [eventloop-blocking-call]
  evb.runInEventBaseThreadAndWait([] {
    folly::Baton<> b;
    b.try_wait_for(std::chrono::milliseconds(5));
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: callback blocks its folly loop in 'Baton::try_wait_for' [eventloop-blocking-call]
  });
  // A future whose work was queued on the very EventBase that now waits.
  evb.runInEventBaseThread([] {
    auto f = folly::via(&evb, [] { return 1; });
    f.wait();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: callback waits in 'Future::wait' for a future that its own folly loop 'evb' must complete; this deadlocks [eventloop-blocking-call]
  });
  evb.loop();
}
