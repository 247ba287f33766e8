// libevent: a callback that runs the base it was handed as its user data
// (event_assign's, event_new's, event_base_once's or a listener's `void *`
// argument) re-enters its own loop, also through a local copy, a helper, a
// project wrapper that passes the user data on. event_get_base(ev) is the
// base the event was made on. A
// different base passed as user data is another loop.
// Minimised from libevent 2.1.12 test/regress.c (bad_reentrant_run_loop_cb).
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>
#include <event2/event_struct.h>
#include <event2/listener.h>
#include <stddef.h>

static struct event assigned;
static struct event *self;

static void run_given(struct event_base *b) { event_base_dispatch(b); }

static void on_assigned(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  event_base_loop((struct event_base *)arg, EVLOOP_ONCE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'arg' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
  // CHECK-NOTES: :78:3: note: callback registered with 'event_assign' here
  // CHECK-NOTES: :22:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
}

static void on_new(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  struct event_base *b = arg;
  run_given(b);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'b' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
  // CHECK-NOTES: :18:47: note: 'run_given' runs the event loop here
  // CHECK-NOTES: :79:13: note: callback registered with 'event_new' here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
}

static void on_wrapped(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  event_base_dispatch(arg);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'arg' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
  // CHECK-NOTES: :80:3: note: callback registered with 'later' here
  // CHECK-NOTES: :40:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
}

static void on_accept(struct evconnlistener *l, evutil_socket_t fd,
                      struct sockaddr *sa, int len, void *ctx) {
  (void)l, (void)fd, (void)sa, (void)len;
  event_base_dispatch(ctx);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'ctx' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
  // CHECK-NOTES: :81:3: note: callback registered with 'evconnlistener_new' here
  // CHECK-NOTES: :49:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
}

static void on_self(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_loop(event_get_base(self), EVLOOP_NONBLOCK);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
  // CHECK-NOTES: :82:10: note: callback registered with 'event_new' here
  // CHECK-NOTES: :57:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
}

static void on_other(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  event_base_dispatch(arg);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop until the private loop 'arg' run by 'event_base_dispatch' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :83:13: note: callback registered with 'event_new' here
  // CHECK-NOTES: :65:3: note: no automatic fix-it: C code gets no C++ rewrite
}

static void later(struct event_base *b, event_callback_fn cb, void *ud) {
  event_base_once(b, -1, EV_TIMEOUT, cb, ud, NULL);
}

int main(void) {
  struct event_base *base = event_base_new();
  struct event_base *other = event_base_new();
  event_assign(&assigned, base, -1, 0, on_assigned, base);
  event_add(event_new(base, -1, EV_PERSIST, on_new, base), NULL);
  later(base, on_wrapped, base);
  evconnlistener_new(base, on_accept, base, 0, -1, -1);
  self = event_new(base, -1, 0, on_self, NULL);
  event_add(event_new(base, -1, EV_PERSIST, on_other, other), NULL);
  return event_base_dispatch(base);
}
