// libuv: a callback that makes a loop of its own and runs it. The callback
// is blocked until that loop ends; C gets no fix-it, only a note saying so.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <uv.h>

static uv_timer_t timer;
static uv_check_t check;

static void on_timer(uv_timer_t *handle) {
  (void)handle;
  uv_loop_t *own = uv_loop_new();
  uv_run(own, UV_RUN_DEFAULT);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop until the private loop 'own' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+19]]:3: note: callback registered with 'uv_timer_start' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
  uv_loop_delete(own);
}

static void on_check(uv_check_t *handle) {
  (void)handle;
  uv_loop_t local;
  uv_loop_init(&local);
  uv_run(&local, UV_RUN_DEFAULT);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop until the private loop 'local' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+10]]:3: note: callback registered with 'uv_check_start' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
  uv_loop_close(&local);
}

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
  return uv_run(loop, UV_RUN_DEFAULT);
}
