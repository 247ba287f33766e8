// libuv: a callback reaches its loop through the handle it was given:
// `handle->loop` (also in a helper, or copied to a local) and
// uv_handle_get_loop(handle) name the loop the handle was initialised on.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <uv.h>

static uv_timer_t timer;
static uv_async_t wakeup;
static uv_idle_t idle;
static uv_tcp_t conn;
static uv_check_t check;

static void pump(uv_handle_t *h) { uv_run(h->loop, UV_RUN_NOWAIT); }

static void on_timer(uv_timer_t *handle) {
  uv_run(handle->loop, UV_RUN_ONCE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'handle->loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
  // CHECK-NOTES: :61:3: note: callback registered with 'uv_timer_start' here
  // CHECK-NOTES: :17:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
}

static void on_wakeup(uv_async_t *handle) {
  pump((uv_handle_t *)handle);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'h->loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
  // CHECK-NOTES: :14:36: note: 'pump' runs the event loop here
  // CHECK-NOTES: :62:3: note: callback registered with 'uv_async_init' here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
}

static void on_idle(uv_idle_t *handle) {
  uv_loop_t *l = handle->loop;
  uv_run(l, UV_RUN_DEFAULT);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'handle->loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
  // CHECK-NOTES: :64:3: note: callback registered with 'uv_idle_start' here
  // CHECK-NOTES: :33:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
}

static void on_close(uv_handle_t *handle) {
  uv_run(uv_handle_get_loop(handle), UV_RUN_NOWAIT);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own libuv loop 'uv_handle_get_loop(handle)' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
  // CHECK-NOTES: :66:3: note: callback registered with 'uv_close' here
  // CHECK-NOTES: :40:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
}

// The handle lives on the default loop; the callback runs a loop of its own.
static void on_check(uv_check_t *handle) {
  (void)handle;
  uv_loop_t mine;
  uv_loop_init(&mine);
  uv_run(&mine, UV_RUN_DEFAULT);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop until the private loop 'mine' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :68:3: note: callback registered with 'uv_check_start' here
  // CHECK-NOTES: :51:3: note: no automatic fix-it: C code gets no C++ rewrite
  uv_loop_close(&mine);
}

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
