// libevent: callbacks that run the event_base they were registered on. The
// base is named by event_new / evtimer_new / event_assign / event_base_once,
// or reached through an object made on it (a bufferevent, an evhttp, an
// evdns_base).
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/event_struct.h>
#include <event2/http.h>

static struct event_base *base;
static struct event assigned;

static void on_timer(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_dispatch(base);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

static void on_read(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_loop(base, EVLOOP_ONCE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

static void on_assigned(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_loop(base, EVLOOP_NONBLOCK);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

static void on_once(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_dispatch(base);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

static void on_data(struct bufferevent *bev, void *arg) {
  (void)bev, (void)arg;
  event_base_dispatch(base);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

static void on_request(struct evhttp_request *req, void *arg) {
  (void)req, (void)arg;
  event_base_dispatch(base);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

static void on_resolved(int result, struct evutil_addrinfo *res, void *arg) {
  (void)result, (void)res, (void)arg;
  event_base_dispatch(base);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_dispatch'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
}

int main(void) {
  base = event_base_new();
  struct event *timer = evtimer_new(base, on_timer, NULL);
  struct event *reader;
  reader = event_new(base, 0, EV_READ | EV_PERSIST, on_read, NULL);
  event_assign(&assigned, base, -1, 0, on_assigned, NULL);
  event_base_once(base, -1, EV_TIMEOUT, on_once, NULL, NULL);
  struct bufferevent *bev = bufferevent_socket_new(base, -1, 0);
  bufferevent_setcb(bev, on_data, NULL, NULL, NULL);
  struct evhttp *http = evhttp_new(base);
  evhttp_set_cb(http, "/", on_request, NULL);
  struct evdns_base *dns = evdns_base_new(base, 1);
  evdns_getaddrinfo(dns, "example.org", "80", NULL, on_resolved, NULL);
  (void)timer, (void)reader;
  return event_base_dispatch(base);
}
