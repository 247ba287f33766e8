#include "app.h"
#include <unistd.h>

static void on_tick(uv_timer_t *timer) {
  (void)timer;
  flush_log();
  sleep(1);
  sleep(2);
}

void start_timer(uv_loop_t *loop, uv_timer_t *tick) {
  uv_timer_init(loop, tick);
  uv_timer_start(tick, on_tick, 100, 100);
}
