// A callback that calls another callback of the same loop: the wait is
// told once, in the inner callback, which is loop code itself and where the
// cure goes. memcached's try_read_command_negotiate calls
// try_read_command_ascii, both loop code through conn::try_read_command; a
// warning in each for one pthread_join said the same thing twice. A
// callback that calls a helper that is no callback keeps its warning, and
// so does one that calls a callback of another loop.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>
#include <unistd.h>

static struct event_base *base, *other_base;

static void on_ascii(evutil_socket_t fd, short what, void *arg) {
  (void)fd;
  (void)what;
  (void)arg;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

static void on_negotiate(evutil_socket_t fd, short what, void *arg) {
  on_ascii(fd, what, arg);
}

static void flush(void) { sleep(1); }

static void on_flush(evutil_socket_t fd, short what, void *arg) {
  (void)fd;
  (void)what;
  (void)arg;
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

static void on_other(evutil_socket_t fd, short what, void *arg) {
  (void)fd;
  (void)what;
  (void)arg;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

static void on_bridge(evutil_socket_t fd, short what, void *arg) {
  on_other(fd, what, arg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

int main(void) {
  base = event_base_new();
  other_base = event_base_new();
  event_add(event_new(base, 0, EV_READ, on_ascii, NULL), NULL);
  event_add(event_new(base, 0, EV_READ, on_negotiate, NULL), NULL);
  event_add(event_new(base, 0, EV_READ, on_flush, NULL), NULL);
  event_add(event_new(other_base, 0, EV_READ, on_other, NULL), NULL);
  event_add(event_new(base, 0, EV_READ, on_bridge, NULL), NULL);
  return event_base_dispatch(base);
}
