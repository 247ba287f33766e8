#include "app.h"

static uv_timer_t timer;
static uv_async_t wakeup;
static uv_idle_t idle;
static uv_tcp_t conn;
static uv_check_t check;

int main(void) {
  uv_loop_t *loop = uv_loop_new();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_async_init(loop, &wakeup, on_wakeup);
  uv_idle_init(loop, &idle);
  uv_idle_start(&idle, on_idle);
  uv_tcp_init(loop, &conn);
  uv_close((uv_handle_t *)&conn, on_close);
  uv_check_init(uv_default_loop(), &check);
  uv_check_start(&check, on_check);
  uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  return uv_run(loop, UV_RUN_DEFAULT);
}
