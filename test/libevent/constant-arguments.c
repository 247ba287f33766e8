// A call that passes a constant does not run what the callee does only for
// other values of that parameter, in C: `false` from <stdbool.h> and macros
// of it, integers, enumerators; tested by an `if`, by the left operand
// of `&&` or `||`, by `?:`, and by an early `return`, `break` or call that
// does not return. Minimised from memcached 1.6.18: `lru_crawler disable`
// calls `stop_item_crawler_thread(CRAWLER_NOWAIT)`, whose `pthread_join` runs
// only `if (wait && ...)`. The other value, a value only known at run time,
// a parameter written before the test, and a statement after a label (which
// a jump may reach without the test) keep the call. NULL is a constant too:
// a pointer tested for null takes the branch for null. The copy of a callee
// that a constant makes still stores and registers the callbacks its
// callers pass. Each route is a warning of its own here (OneWarningPerDefect
// off), so that each call shows whether it is kept; a call shows the first
// sink it reaches.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/c --config "{CheckOptions: {OneWarningPerDefect: false}}" -- -x c -std=gnu11 -D_GNU_SOURCE

#include <event2/event.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

#define CRAWLER_WAIT true
#define CRAWLER_NOWAIT false

enum close_mode { CLOSE_WHEN_IDLE, CLOSE_NOW };

static pthread_t crawler;

// memcached's shape: the wait is the right operand of `&&`.
static int stop_crawler(bool wait) {
  if (wait && pthread_join(crawler, NULL) != 0)
    return -1;
  return 0;
}

// An early return: the join runs only when `wait` is not 0.
static int stop_early(int wait) {
  if (!wait)
    return 0;
  return pthread_join(crawler, NULL);
}

// An integer compared with an enumerator.
static void close_web(enum close_mode mode) {
  if (mode == CLOSE_NOW)
    sleep(1);
}

// A pointer tested for null, by `||`: NULL takes the left operand only.
static void join_given(pthread_t *t) {
  (void)(t == NULL || pthread_join(*t, NULL));
}

// `?:`, with an integer constant of another spelling.
static int join_if(unsigned flags) {
  return flags ? pthread_join(crawler, NULL) : 0;
}

// A block that ends in a call that does not return.
static void must_wait(bool wait) {
  if (!wait) {
    abort();
  }
  sleep(1);
}

// Written before the test: the argument says nothing of its value there.
static void rewritten(bool wait) {
  wait = !wait;
  if (wait)
    sleep(1);
}

// The statements after a label run however the test before it went.
static void step(int kind, bool wait) {
  switch (kind) {
  case 0:
    if (!wait)
      break;
    pthread_join(crawler, NULL);
    break;
  case 1:
    sleep(1);
    break;
  }
}

static void on_disable(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  stop_crawler(CRAWLER_NOWAIT);
  stop_early(0);
  close_web(CLOSE_WHEN_IDLE);
  join_given(NULL);
  join_if(0u);
  must_wait(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
  step(1, false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

static void on_stop(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  stop_crawler(CRAWLER_WAIT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'pthread_join' [eventloop-blocking-call]
  stop_early(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'pthread_join' [eventloop-blocking-call]
  close_web(CLOSE_NOW);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
  join_given(&crawler);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'pthread_join' [eventloop-blocking-call]
  join_if(*(unsigned *)arg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'pthread_join' [eventloop-blocking-call]
  rewritten(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
  step(0, false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
  step(0, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'pthread_join' [eventloop-blocking-call]
}

// The copy of a callee that a constant makes still keeps what its callers
// store (transmission's tr_webRunWebseed passes NULL cookies to
// tr_webRunImpl, which keeps the web callback in its task; here a flag).
struct task {
  void (*done)(void);
};
static struct task current;

static void remember(const char *what) { (void)what; }

static void run_task(int logged, void (*done)(void)) {
  if (logged != 0)
    remember("task");
  current.done = done;
}

static void on_done(void) {
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

// And registers what its callers pass: a registration wrapper.
static void watch(struct event_base *base, event_callback_fn cb, bool once) {
  if (once)
    remember("once");
  event_add(event_new(base, -1, once ? 0 : EV_PERSIST, cb, NULL), NULL);
}

static void on_watch(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libevent loop in 'sleep' [eventloop-blocking-call]
}

static void on_tick(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  if (current.done)
    current.done();
}

int main(void) {
  struct event_base *base = event_base_new();
  unsigned flags = 1;
  run_task(0, on_done);
  watch(base, on_watch, false);
  event_add(event_new(base, -1, EV_PERSIST, on_tick, NULL), NULL);
  event_add(event_new(base, -1, EV_PERSIST, on_disable, NULL), NULL);
  event_add(event_new(base, -1, EV_PERSIST, on_stop, &flags), NULL);
  return event_base_dispatch(base);
}
