// libev in C: helpers that recurse (directly and mutually) on the way to
// ev_run and ev_sleep: the analysis ends, and the callback (registered with
// ev_check_init) gets one warning per sink.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <ev.h>

static ev_check check;

static void nest(struct ev_loop *l, int n) {
  if (n > 0)
    nest(l, n - 1);
  else
    ev_run(l, 0);
}

static void back(int n);
static void forth(int n) { back(n); }
static void back(int n) {
  if (n > 0)
    forth(n - 1);
  ev_sleep(0.5);
}

static void on_check(struct ev_loop *loop, ev_check *w, int revents) {
  (void)loop, (void)w, (void)revents;
  nest(ev_loop_new(0), 3);
  forth(2);
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_check_init(&check, on_check);
  ev_check_start(loop, &check);
  return ev_run(loop, 0);
}

// CHECK-NOTES: :27:3: warning: callback blocks its libev loop until the private loop run by 'ev_run' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :14:5: note: 'nest' runs the event loop here
// CHECK-NOTES: :33:3: note: callback registered with 'ev_init' here
// CHECK-NOTES: :27:3: note: no automatic fix-it: C code gets no C++ rewrite
// CHECK-NOTES: :28:3: warning: callback blocks its libev loop in 'ev_sleep' [eventloop-blocking-call]
// CHECK-NOTES: :18:28: note: 'forth' calls 'back' here
// CHECK-NOTES: :22:3: note: 'back' blocks here
// CHECK-NOTES: :33:3: note: callback registered with 'ev_init' here
// CHECK-NOTES: :28:3: note: consider an 'ev_timer' watcher instead
