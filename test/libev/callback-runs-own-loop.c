// libev in C: callbacks registered with ev_TYPE_init that run the loop they
// run on. The watcher is bound to its loop by ev_TYPE_start; the loop is the
// default loop named by EV_DEFAULT (ev_default_loop) or EV_DEFAULT_UC
// (ev_default_loop_uc_), or a loop from ev_loop_new kept in a global. (A
// callback that runs its own `loop` parameter is not recognised as the same
// loop: docs/frameworks/libev.md.)
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <ev.h>

static struct ev_loop *worker_loop;
static ev_timer timer;
static ev_idle idle;
static ev_io reader;

static void on_timer(struct ev_loop *loop, ev_timer *w, int revents) {
  (void)loop, (void)w, (void)revents;
  ev_run(EV_DEFAULT, EVRUN_NOWAIT);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libev loop 'ev_default_loop()' through 'ev_run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+22]]:3: note: callback registered with 'ev_init' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix-it can cure this: consider a watcher ('ev_idle', 'ev_timer') that continues the work in a later callback instead
}

static void on_idle(struct ev_loop *loop, ev_idle *w, int revents) {
  (void)loop, (void)w, (void)revents;
  ev_run(EV_DEFAULT_UC, EVRUN_ONCE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libev loop 'ev_default_loop_uc_()' through 'ev_run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+16]]:3: note: callback registered with 'ev_init' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix-it can cure this: consider a watcher ('ev_idle', 'ev_timer') that continues the work in a later callback instead
}

static void on_read(struct ev_loop *loop, ev_io *w, int revents) {
  (void)loop, (void)w, (void)revents;
  ev_run(worker_loop, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libev loop 'worker_loop' through 'ev_run'; libev allows a nested ev_run, but the callback then returns only after an ev_break, and timers may fire out of order [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+11]]:3: note: callback registered with 'ev_init' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix-it can cure this: consider a watcher ('ev_idle', 'ev_timer') that continues the work in a later callback instead
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_timer_init(&timer, on_timer, 1.0, 0.);
  ev_timer_start(loop, &timer);
  ev_idle_init(&idle, on_idle);
  ev_idle_start(EV_DEFAULT_ &idle);
  worker_loop = ev_loop_new(EVFLAG_AUTO);
  ev_io_init(&reader, on_read, 0, EV_READ);
  ev_io_start(worker_loop, &reader);
  ev_run(worker_loop, EVRUN_NOWAIT);
  return ev_run(loop, 0);
}
