#include "app.h"

#define FLUSH() flush_pending(app_loop)
#define LOGGED(call) do { call; } while (0)

uv_loop_t *app_loop;
static uv_timer_t tick;
static uv_idle_t idle;

static void on_tick(uv_timer_t *t) { FLUSH(); }
static void on_idle(uv_idle_t *h) { LOGGED(flush_pending(app_loop)); }

int main(void) {
  app_loop = uv_default_loop();
  uv_timer_init(app_loop, &tick);
  uv_timer_start(&tick, on_tick, 100, 100);
  uv_idle_init(app_loop, &idle);
  uv_idle_start(&idle, on_idle);
  return uv_run(app_loop, UV_RUN_DEFAULT);
}
