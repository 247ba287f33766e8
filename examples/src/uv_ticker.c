/* A libuv timer whose callback runs the loop that is running it. */
#include <stdio.h>
#include <uv.h>

static uv_loop_t *loop;

static void flush_pending(void) {
  /* uv_run is not reentrant: this is called from a timer callback. */
  uv_run(loop, UV_RUN_NOWAIT);
}

static void on_tick(uv_timer_t *timer) {
  (void)timer;
  puts("tick");
  flush_pending();
}

int main(void) {
  uv_timer_t timer;
  loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_tick, 1000, 1000);
  return uv_run(loop, UV_RUN_DEFAULT);
}
