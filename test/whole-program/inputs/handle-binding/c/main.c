#include "app.h"

struct event *self;
uv_timer_t tick;

int main(void) {
  struct event_base *base = event_base_new();
  self = event_new(base, -1, 0, on_self, NULL);
  uv_loop_t *loop = uv_default_loop();
  uv_timer_init(loop, &tick);
  uv_timer_start(&tick, on_tick, 1, 1);
  uv_run(loop, UV_RUN_DEFAULT);
  return event_base_dispatch(base);
}
