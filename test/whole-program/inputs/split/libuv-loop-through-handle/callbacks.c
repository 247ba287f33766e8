#include "app.h"

void on_timer(uv_timer_t *handle) { uv_run(handle->loop, UV_RUN_ONCE); }

void on_wakeup(uv_async_t *handle) { pump((uv_handle_t *)handle); }

void on_idle(uv_idle_t *handle) {
  uv_loop_t *l = handle->loop;
  uv_run(l, UV_RUN_DEFAULT);
}

void on_close(uv_handle_t *handle) {
  uv_run(uv_handle_get_loop(handle), UV_RUN_NOWAIT);
}

// The handle lives on the default loop; the callback runs a loop of its own.
void on_check(uv_check_t *handle) {
  (void)handle;
  uv_loop_t mine;
  uv_loop_init(&mine);
  uv_run(&mine, UV_RUN_DEFAULT);
  uv_loop_close(&mine);
}
