// libuv in C++: callbacks that run a private loop (one from uv_loop_new, a
// local uv_loop_t) get a fix-it that runs the loop on another thread.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20 -D_GNU_SOURCE

#include <uv.h>
#include <cstdio>
// CHECK-FIXES: #include <future>

static uv_timer_t timer;
static uv_idle_t idle;

static void on_timer(uv_timer_t *) {
  uv_loop_t *own = uv_loop_new();
  int pending = uv_run(own, UV_RUN_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: callback blocks its libuv loop until the private loop 'own' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: int pending = std::async(std::launch::async, [&] { return uv_run(own, UV_RUN_DEFAULT); }).get();
  std::printf("%d\n", pending);
  uv_loop_delete(own);
}

static void on_idle(uv_idle_t *) {
  uv_loop_t local;
  uv_loop_init(&local);
  uv_run(&local, UV_RUN_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop until the private loop 'local' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: std::async(std::launch::async, [&] { return uv_run(&local, UV_RUN_DEFAULT); }).get();
  uv_loop_close(&local);
}

int main() {
  uv_loop_t *loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_idle_init(loop, &idle);
  uv_idle_start(&idle, on_idle);
  return uv_run(loop, UV_RUN_DEFAULT);
}
