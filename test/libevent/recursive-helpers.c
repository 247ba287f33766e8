// libevent: helpers that recurse (directly and mutually) on the way to
// event_base_dispatch and sleep(): the analysis ends, one warning each.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>
#include <unistd.h>

static struct event_base *base;

static void retry(int n) {
  if (n > 0)
    retry(n - 1);
  else
    event_base_dispatch(base);
}

static void odd(int n);
static void even(int n) { odd(n); }
static void odd(int n) {
  if (n > 0)
    even(n - 1);
  sleep(1);
}

static void on_timer(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  retry(3);
  even(4);
}

int main(void) {
  base = event_base_new();
  event_base_once(base, -1, EV_TIMEOUT, on_timer, NULL, NULL);
  return event_base_dispatch(base);
}

// CHECK-NOTES: :27:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
// CHECK-NOTES: :14:5: note: 'retry' runs the event loop here
// CHECK-NOTES: :33:3: note: callback registered with 'event_base_once' here
// CHECK-NOTES: :27:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
// CHECK-NOTES: :28:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES: :18:27: note: 'even' calls 'odd' here
// CHECK-NOTES: :22:3: note: 'odd' blocks here
// CHECK-NOTES: :33:3: note: callback registered with 'event_base_once' here
// CHECK-NOTES: :28:3: note: consider a timer of the event loop instead
