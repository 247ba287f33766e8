// A callback that runs a private libuv loop: one warning with a fix-it.
#include <uv.h>

static void fetch() {
  uv_loop_t loop;
  uv_loop_init(&loop);
  uv_run(&loop, UV_RUN_DEFAULT);
}

static void on_tick(uv_timer_t *) { fetch(); }

void start(uv_loop_t *loop, uv_timer_t *timer) {
  uv_timer_init(loop, timer);
  uv_timer_start(timer, on_tick, 10, 10);
}
