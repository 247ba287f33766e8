#include "app.h"

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  static uv_timer_t tick;
  start_timer(loop, &tick);
  return uv_run(loop, UV_RUN_DEFAULT);
}
