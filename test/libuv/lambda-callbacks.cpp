// libuv in C++: captureless lambdas given as uv_*_cb callbacks are resolved
// through their conversion to a function pointer, written in place or kept
// in a variable. uv_queue_work's work lambda runs on the thread pool and is
// quiet; its after-work lambda runs on the loop.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20 -D_GNU_SOURCE

#include <uv.h>

static uv_loop_t *loop;
static uv_timer_t timer;
static uv_idle_t idle;
static uv_check_t check;
static uv_work_t job;

int main() {
  loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, [](uv_timer_t *) { uv_sleep(10); }, 10, 0);
  // CHECK-NOTES: :[[@LINE-1]]:45: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: callback registered with 'uv_timer_start' here
  // CHECK-NOTES: :[[@LINE-3]]:45: note: consider a 'uv_timer_start' timer instead
  uv_idle_init(loop, &idle);
  uv_idle_start(&idle, [](uv_idle_t *) { uv_run(loop, UV_RUN_NOWAIT); });
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: callback registered with 'uv_idle_start' here
  // CHECK-NOTES: :[[@LINE-3]]:42: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
  auto on_check = [](uv_check_t *) { uv_sleep(1); };
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+3]]:3: note: callback registered with 'uv_check_start' here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: consider a 'uv_timer_start' timer instead
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
  uv_queue_work(loop, &job, [](uv_work_t *) { uv_sleep(100); },
                [](uv_work_t *, int) { uv_sleep(2); });
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: callback registered with 'uv_queue_work' here
  // CHECK-NOTES: :[[@LINE-3]]:40: note: consider a 'uv_timer_start' timer instead
  return uv_run(loop, UV_RUN_DEFAULT);
}
