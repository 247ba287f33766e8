#include "app.h"

void on_self(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_loop(event_get_base(self), EVLOOP_NONBLOCK);
}

void on_tick(uv_timer_t *t) {
  (void)t;
  uv_run(uv_handle_get_loop((uv_handle_t *)&tick), UV_RUN_NOWAIT);
}
