// libevent: a callback that makes an event_base of its own and runs it is
// blocked until that base has no more events. C gets no fix-it.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>

static void on_timer(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  struct event_base *own = event_base_new();
  event_base_dispatch(own);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop until the private loop 'own' run by 'event_base_dispatch' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+18]]:25: note: callback registered with 'event_new' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
  event_base_free(own);
}

static void on_read(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  struct event_config *cfg = event_config_new();
  struct event_base *own = event_base_new_with_config(cfg);
  event_base_loop(own, EVLOOP_ONCE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop until the private loop 'own' run by 'event_base_loop' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+8]]:26: note: callback registered with 'event_new' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
  event_base_free(own);
}

int main(void) {
  struct event_base *base = event_base_new();
  struct event *timer = event_new(base, -1, 0, on_timer, NULL);
  struct event *reader = event_new(base, 0, EV_READ, on_read, NULL);
  (void)timer, (void)reader;
  return event_base_dispatch(base);
}
