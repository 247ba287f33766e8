// libev in C: callbacks registered with ev_timer_init / ev_io_init that run
// a loop of their own, made by ev_loop_new in the callback (kept in a local,
// or passed on directly). C gets no fix-it, only a note saying so.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <ev.h>

static ev_timer timer;
static ev_io reader;

static void on_timer(struct ev_loop *loop, ev_timer *w, int revents) {
  (void)loop, (void)w, (void)revents;
  struct ev_loop *own = ev_loop_new(EVFLAG_AUTO);
  ev_run(own, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libev loop until the private loop 'own' run by 'ev_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+15]]:3: note: callback registered with 'ev_init' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
  ev_loop_destroy(own);
}

static void on_read(struct ev_loop *loop, ev_io *w, int revents) {
  (void)loop, (void)w, (void)revents;
  ev_run(ev_loop_new(0), EVRUN_ONCE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libev loop until the private loop run by 'ev_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+8]]:3: note: callback registered with 'ev_init' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_timer_init(&timer, on_timer, 1.0, 0.);
  ev_timer_start(loop, &timer);
  ev_io_init(&reader, on_read, 0, EV_READ);
  ev_io_start(loop, &reader);
  return ev_run(loop, 0);
}
