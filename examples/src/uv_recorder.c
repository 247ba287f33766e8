/* A libuv timer whose callback calls a helper of another file that blocks:
   eventloop-tidy on this file alone cannot see it; run-eventloop-tidy over
   the project does. */
#include "uv_journal.h"
#include <uv.h>

static void on_sample(uv_timer_t *timer) {
  (void)timer;
  journal_append("sample\n");
}

int main(void) {
  uv_timer_t timer;
  uv_loop_t *loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_sample, 1000, 1000);
  return uv_run(loop, UV_RUN_DEFAULT);
}
