// A project wrapper named in RegistrationFunctions is still walked: the
// callbacks it registers itself (here a trampoline handed to event_new) are
// loop code, configured or not. (Found on tmux 3.3a, whose proc_add_peer
// registers such a trampoline; the configuration once hid it.) A configured
// wrapper that hands its callback to libevent keeps libevent's word on the
// loop: the message names the libevent loop either way.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/config --config "{CheckOptions: {RegistrationFunctions: '::peer_add;::watch'}}" -- -x c -std=c11 -D_GNU_SOURCE
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/default -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>
#include <stdlib.h>
#include <unistd.h>

struct peer {
  void (*cb)(void *);
  void *arg;
};

static void trampoline(evutil_socket_t fd, short what, void *arg) {
  struct peer *p = arg;
  (void)fd, (void)what;
  usleep(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'usleep' [eventloop-blocking-call]
  p->cb(p->arg);
}

struct peer *peer_add(struct event_base *base, int fd, void (*cb)(void *),
                      void *arg) {
  struct peer *p = malloc(sizeof *p);
  p->cb = cb;
  p->arg = arg;
  event_add(event_new(base, fd, EV_READ | EV_PERSIST, trampoline, p), NULL);
  return p;
}

static void on_message(void *arg) { (void)arg; }

static void watch(struct event_base *base, int fd, event_callback_fn cb) {
  event_add(event_new(base, fd, EV_READ, cb, NULL), NULL);
}

static void on_readable(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

int main(void) {
  struct event_base *base = event_base_new();
  peer_add(base, 0, on_message, NULL);
  watch(base, 1, on_readable);
  return event_base_dispatch(base);
}
