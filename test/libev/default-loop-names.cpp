// libev: ev_default_loop (EV_DEFAULT) and ev++'s ev::get_default_loop name
// the same loop. A watcher made on one name and a callback that runs the
// other re-enter their own loop, both ways round, and for a C watcher
// registered with ev_idle_init in C++.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <ev++.h>

struct Tick {
  void operator()(ev::timer &, int) {
    ev_run(ev_default_loop(0), EVRUN_NOWAIT);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback re-enters its own libev loop 'ev_default_loop()' through 'ev_run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  }
};

struct Read {
  void operator()(ev::io &, int) {
    ev::get_default_loop().run(ev::ONCE);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: callback re-enters its own libev loop 'get_default_loop()' through 'loop_ref::run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  }
};

static ev_idle idle;

static void on_idle(struct ev_loop *, ev_idle *, int) {
  ev::get_default_loop().run(ev::NOWAIT);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: callback re-enters its own libev loop 'get_default_loop()' through 'loop_ref::run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
}

int main() {
  Tick tick;
  ev::timer timer(ev::get_default_loop());
  timer.set(&tick);
  timer.start(1.0, 0.);
  Read read;
  ev::io reader(ev_default_loop(0));
  reader.set(&read);
  reader.start(0, ev::READ);
  ev_idle_init(&idle, on_idle);
  ev_idle_start(EV_DEFAULT_ &idle);
  ev::get_default_loop().run(0);
}
