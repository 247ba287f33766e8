// libevent's compat API: event_set / event_once register with the current
// base (set by event_init), and event_dispatch / event_loop run it. No
// operand names that base, so the loop is reported as unknown.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>
#include <event2/event_compat.h>
#include <event2/event_struct.h>

static struct event ev;

static void on_read(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_dispatch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop until the loop run by 'event_dispatch' returns; consider running it on another thread [eventloop-reentrant-run]
}

static void on_timeout(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_loop(EVLOOP_ONCE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop until the loop run by 'event_loop' returns; consider running it on another thread [eventloop-reentrant-run]
}

int main(void) {
  event_init();
  event_set(&ev, 0, EV_READ, on_read, NULL);
  event_add(&ev, NULL);
  event_once(-1, EV_TIMEOUT, on_timeout, NULL, NULL);
  return event_dispatch();
}
