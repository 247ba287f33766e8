#include "pacing.h"

static void later(void);

static void on_tick(uv_timer_t *timer) {
  (void)timer;
  later();
}

static void on_slow(uv_timer_t *timer) {
  (void)timer;
  settle();
}

static const struct handlers table = {on_slow};

static void dispatch(uv_timer_t *timer) { table.on_timer(timer); }

void start_timers(uv_loop_t *loop, uv_timer_t *a, uv_timer_t *b) {
  uv_timer_init(loop, a);
  uv_timer_start(a, on_tick, 10, 10);
  uv_timer_init(loop, b);
  uv_timer_start(b, dispatch, 10, 10);
}

static void later(void) { sleep(1); }
