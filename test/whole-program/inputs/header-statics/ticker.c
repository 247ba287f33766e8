#include "pacing.h"
#include <uv.h>

static void on_tick(uv_timer_t *timer) {
  (void)timer;
  pause_briefly();
}

void start_ticker(uv_loop_t *loop, uv_timer_t *timer) {
  uv_timer_init(loop, timer);
  uv_timer_start(timer, on_tick, 100, 100);
}
