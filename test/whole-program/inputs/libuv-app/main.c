#include "app.h"

uv_loop_t *app_loop;
static uv_timer_t tick;
static uv_idle_t idle;

static void on_idle(uv_idle_t *handle) {
  (void)handle;
  save_state("/tmp/state");
}

int main(void) {
  app_loop = uv_default_loop();
  uv_timer_init(app_loop, &tick);
  uv_timer_start(&tick, on_tick, 100, 100);
  uv_idle_init(app_loop, &idle);
  uv_idle_start(&idle, on_idle);
  start_lookup(app_loop);
  return uv_run(app_loop, UV_RUN_DEFAULT);
}
