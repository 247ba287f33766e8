#include "app.h"

void on_tick(uv_timer_t *timer) {
  (void)timer;
  flush_pending();
}
