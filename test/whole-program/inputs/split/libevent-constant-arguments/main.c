#include "app.h"

static void on_disable(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  stop_crawler(CRAWLER_NOWAIT);
  stop_early(0);
  close_web(CLOSE_WHEN_IDLE);
  join_given(NULL);
  join_if(0u);
  must_wait(true);
  step(1, false);
}

static void on_stop(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  stop_crawler(CRAWLER_WAIT);
  stop_early(2);
  close_web(CLOSE_NOW);
  join_given(&crawler);
  join_if(*(unsigned *)arg);
  rewritten(false);
  step(0, false);
  step(0, true);
}

static void on_done(void) { sleep(1); }

static void on_watch(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  sleep(1);
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
