#include "app.h"

static void on_tick(uv_timer_t *timer) {
  (void)timer;
  flush_log();
}

static void on_quiet(uv_timer_t *timer) {
  (void)timer;
  wait_for_disk(); // NOLINT(eventloop-blocking-call)
}

void start_timers(uv_loop_t *loop, uv_timer_t *tick, uv_timer_t *quiet) {
  uv_timer_init(loop, tick);
  uv_timer_start(tick, on_tick, 100, 100);
  uv_timer_init(loop, quiet);
  uv_timer_start(quiet, on_quiet, 100, 100);
}
