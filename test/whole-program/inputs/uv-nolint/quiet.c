#include "app.h"

static void on_next_line(uv_timer_t *timer) {
  (void)timer;
  // NOLINTNEXTLINE(eventloop-blocking-call)
  flush_log();
}

// NOLINTBEGIN(eventloop-blocking-call)
static void on_in_block(uv_timer_t *timer) {
  (void)timer;
  wait_for_disk();
}
// NOLINTEND(eventloop-blocking-call)

static void on_after_block(uv_timer_t *timer) {
  (void)timer;
  wait_for_disk();
}

// NOLINTBEGIN(eventloop-reentrant-run)
static void on_other_check(uv_timer_t *timer) {
  (void)timer;
  flush_log();
}
// NOLINTEND(eventloop-reentrant-run)

void start_quiet(uv_loop_t *loop, uv_timer_t *t) {
  uv_timer_init(loop, &t[0]);
  uv_timer_start(&t[0], on_next_line, 100, 100);
  uv_timer_start(&t[1], on_in_block, 100, 100);
  uv_timer_start(&t[2], on_after_block, 100, 100);
  uv_timer_start(&t[3], on_other_check, 100, 100);
}
