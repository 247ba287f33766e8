// The second test program, another executable of the same database: a
// helper of the same name that does not block.
#include <uv.h>

static int ticks;

void helper(void) { ++ticks; }

static void on_timer(uv_timer_t *t) {
  (void)t;
  helper();
}

int main(void) {
  static uv_timer_t timer;
  uv_timer_init(uv_default_loop(), &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}
