// libev in C: a callback registered with ev_idle_init reaches a private
// loop through three helpers (the loop is made by ev_loop_new in the first
// one and passed down). Every hop is a note.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <ev.h>

static ev_idle idle;

static void drain(struct ev_loop *l) { ev_run(l, EVRUN_NOWAIT); }

static void flush(struct ev_loop *l) { drain(l); }

static void resolve_names(void) {
  struct ev_loop *resolver = ev_loop_new(0);
  flush(resolver);
  ev_loop_destroy(resolver);
}

static void on_idle(struct ev_loop *loop, ev_idle *w, int revents) {
  (void)loop, (void)w, (void)revents;
  resolve_names();
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_idle_init(&idle, on_idle);
  ev_idle_start(loop, &idle);
  return ev_run(loop, 0);
}

// CHECK-NOTES: :22:3: warning: callback blocks its libev loop until the private loop 'resolver' run by 'ev_run' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :16:3: note: 'resolve_names' calls 'flush' here
// CHECK-NOTES: :12:40: note: 'flush' calls 'drain' here
// CHECK-NOTES: :10:40: note: 'drain' runs the event loop here
// CHECK-NOTES: :27:3: note: callback registered with 'ev_init' here
// CHECK-NOTES: :22:3: note: no automatic fix-it: C code gets no C++ rewrite
