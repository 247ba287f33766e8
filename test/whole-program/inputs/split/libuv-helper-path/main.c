#include "app.h"

uv_loop_t *loop;
static uv_timer_t timer;

static void on_timer(uv_timer_t *handle) {
  (void)handle;
  step(1);
}

int main(void) {
  loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  return uv_run(loop, UV_RUN_DEFAULT);
}
