#include "tick.h"

int main(void) {
  uv_timer_t timer;
  uv_timer_init(uv_default_loop(), &timer);
  uv_timer_start(&timer, on_tick, 0, 0);
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}
