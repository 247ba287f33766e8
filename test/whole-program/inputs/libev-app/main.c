#include "app.h"

struct ev_loop *worker_loop;
static ev_io reader;
static ev_timer timer;
static ev_idle idle;

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  worker_loop = ev_loop_new(EVFLAG_AUTO);
  ev_io_init(&reader, on_read, 0, EV_READ);
  ev_io_start(worker_loop, &reader);
  ev_timer_init(&timer, on_timer, 1.0, 0.);
  ev_timer_start(loop, &timer);
  ev_idle_init(&idle, on_idle);
  ev_idle_start(loop, &idle);
  ev_run(worker_loop, EVRUN_NOWAIT);
  return ev_run(loop, 0);
}
