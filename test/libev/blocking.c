// libev in C: callbacks registered with ev_timer_init / ev_prepare_init
// that sleep block the loop: ev_sleep and POSIX nanosleep.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <ev.h>
#include <time.h>

static ev_timer timer;
static ev_prepare prepare;

static void on_timer(struct ev_loop *loop, ev_timer *w, int revents) {
  (void)loop, (void)w, (void)revents;
  ev_sleep(0.25);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libev loop in 'ev_sleep' [eventloop-blocking-call]
}

static void on_prepare(struct ev_loop *loop, ev_prepare *w, int revents) {
  (void)loop, (void)w, (void)revents;
  struct timespec ts = {0, 1000000};
  nanosleep(&ts, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libev loop in 'nanosleep' [eventloop-blocking-call]
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_timer_init(&timer, on_timer, 1.0, 0.);
  ev_timer_start(loop, &timer);
  ev_prepare_init(&prepare, on_prepare);
  ev_prepare_start(loop, &prepare);
  return ev_run(loop, 0);
}
