#include "app.h"

pthread_t crawler;

int stop_crawler(bool wait) {
  if (wait && pthread_join(crawler, NULL) != 0)
    return -1;
  return 0;
}

int stop_early(int wait) {
  if (!wait)
    return 0;
  return pthread_join(crawler, NULL);
}

void close_web(enum close_mode mode) {
  if (mode == CLOSE_NOW)
    sleep(1);
}

void join_given(pthread_t *t) { (void)(t == NULL || pthread_join(*t, NULL)); }

int join_if(unsigned flags) { return flags ? pthread_join(crawler, NULL) : 0; }

void must_wait(bool wait) {
  if (!wait) {
    abort();
  }
  sleep(1);
}

void rewritten(bool wait) {
  wait = !wait;
  if (wait)
    sleep(1);
}

void step(int kind, bool wait) {
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

struct task current;

static void remember(const char *what) { (void)what; }

void run_task(int logged, void (*done)(void)) {
  if (logged != 0)
    remember("task");
  current.done = done;
}

void watch(struct event_base *base, event_callback_fn cb, bool once) {
  if (once)
    remember("once");
  event_add(event_new(base, -1, once ? 0 : EV_PERSIST, cb, NULL), NULL);
}
