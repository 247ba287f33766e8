#include "app.h"

uv_loop_t *loop;
static uv_async_t wakeup;

static void on_wakeup(uv_async_t *handle) {
  (void)handle;
  countdown(3);
  ping(2);
}

int main(void) {
  loop = uv_default_loop();
  uv_async_init(loop, &wakeup, on_wakeup);
  return uv_run(loop, UV_RUN_DEFAULT);
}
