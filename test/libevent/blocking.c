// libevent: callbacks that block the loop: sleep() in a timer callback and
// the blocking resolver evutil_getaddrinfo in a listener callback.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>
#include <event2/listener.h>
#include <event2/util.h>
#include <unistd.h>

static void on_timer(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

static void on_accept(struct evconnlistener *l, evutil_socket_t fd,
                      struct sockaddr *addr, int len, void *arg) {
  (void)l, (void)fd, (void)addr, (void)len, (void)arg;
  struct evutil_addrinfo *res;
  evutil_getaddrinfo("example.org", "80", NULL, &res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'evutil_getaddrinfo' [eventloop-blocking-call]
}

int main(void) {
  struct event_base *base = event_base_new();
  struct event *timer = event_new(base, -1, EV_PERSIST, on_timer, NULL);
  struct evconnlistener *l = evconnlistener_new(base, on_accept, NULL, 0, -1, -1);
  (void)timer, (void)l;
  return event_base_dispatch(base);
}
