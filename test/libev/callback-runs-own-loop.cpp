// libev's C++ wrapper: `watcher.set(&object)` makes object's operator() the
// callback. Run on the default loop, named by ev::get_default_loop() on
// both sides, it re-enters its own loop; so does a functor whose watcher was
// made on a `struct ev_loop *` (through ev::loop_ref's converting
// constructor) and that runs that loop.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <ev++.h>

struct Tick {
  void operator()(ev::timer &, int) {
    ev::get_default_loop().run(0);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: callback re-enters its own libev loop 'get_default_loop()' through 'loop_ref::run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  }
};

static struct ev_loop *worker;

struct Work {
  void operator()(ev::idle &, int) {
    ev_run(worker, EVRUN_ONCE);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback re-enters its own libev loop 'worker' through 'ev_run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  }
};

int main() {
  worker = ev_loop_new(0);
  Work work;
  ev::idle idle(worker);
  idle.set(&work);
  idle.start();
  Tick tick;
  ev::timer timer(ev::get_default_loop());
  timer.set(&tick);
  timer.start(1.0, 0.);
  ev::get_default_loop().run(0);
}
