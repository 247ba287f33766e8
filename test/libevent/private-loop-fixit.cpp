// libevent in C++: a callback that runs an event_base of its own gets a
// fix-it that runs it on another thread; one that runs its own base gets
// none.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <event2/event.h>
#include <cstdio>
// CHECK-FIXES: #include <future>

static event_base *base;

static void on_timer(evutil_socket_t, short, void *) {
  event_base *own = event_base_new();
  int rc = event_base_dispatch(own);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: callback blocks its libevent loop until the private loop 'own' run by 'event_base_dispatch' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: int rc = std::async(std::launch::async, [&] { return event_base_dispatch(own); }).get();
  std::printf("%d\n", rc);
  event_base_free(own);
}

static void on_read(evutil_socket_t, short, void *) {
  event_base_loop(base, EVLOOP_ONCE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

int main() {
  base = event_base_new();
  event *timer = evtimer_new(base, on_timer, nullptr);
  event *reader = event_new(base, 0, EV_READ, on_read, nullptr);
  event_add(timer, nullptr);
  event_add(reader, nullptr);
  return event_base_dispatch(base);
}
