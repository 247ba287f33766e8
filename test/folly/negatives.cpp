// folly (MOCK: Debian has no folly package; inputs/folly_mock.h declares the
// folly names as folly does): no warning. Loops and waits in main-only
// code, waits inside work handed to a CPUThreadPoolExecutor, a callback that
// only schedules more work.
// RUN: %check_eventloop %s --checks 'eventloop-*' --copy %S/inputs/folly_mock.h --tmp %t/negatives/t -- -std=c++17

#include "folly_mock.h"

folly::EventBase evb;
folly::CPUThreadPoolExecutor pool(4);
folly::Future<int> fetch();
folly::coro::Task<int> compute();

void offloaded() {
  pool.add([] {
    fetch().get();
    folly::coro::blockingWait(compute());
    folly::EventBase scratch;
    scratch.loop();
  });
}

int main() {
  evb.runInLoop([] { offloaded(); });
  evb.runInEventBaseThread([] { evb.runInLoop([] {}); });
  auto pending = fetch();
  pending.wait();
  folly::Baton<> started;
  started.wait();
  folly::coro::blockingWait(compute());
  evb.loopForever();
}
