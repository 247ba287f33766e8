// libuv: a callback that calls uv_run on the loop it runs on. The loop is
// found through the handle (uv_timer_init binds it; also when the handle is
// cast, as uv_close and uv_read_start need), through the loop given to
// uv_async_init, and through uv_default_loop() on both sides.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <uv.h>

static uv_loop_t *loop;
static uv_timer_t timer;
static uv_async_t wakeup;
static uv_idle_t idle;
static uv_tcp_t conn;

static void on_timer(uv_timer_t *handle) {
  (void)handle;
  uv_run(loop, UV_RUN_NOWAIT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
}

static void on_wakeup(uv_async_t *handle) {
  (void)handle;
  uv_run(loop, UV_RUN_ONCE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
}

static void on_idle(uv_idle_t *handle) {
  (void)handle;
  uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'uv_default_loop()' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
}

static void on_close(uv_handle_t *handle) {
  (void)handle;
  uv_run(loop, UV_RUN_NOWAIT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
}

int main(void) {
  loop = uv_loop_new();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_async_init(loop, &wakeup, on_wakeup);
  uv_tcp_init(loop, &conn);
  uv_close((uv_handle_t *)&conn, on_close);
  uv_idle_init(uv_default_loop(), &idle);
  uv_idle_start(&idle, on_idle);
  uv_run(loop, UV_RUN_DEFAULT);
  return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
}
