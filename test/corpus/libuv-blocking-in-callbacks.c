// libuv callbacks that sleep on the loop thread: an async callback that spins
// in uv_sleep(0) waiting for another thread, and an idle callback that
// sleeps every turn of the loop. Compiled as libuv compiles its tests
// (gnu90), which the checks once skipped.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=gnu90 -D_GNU_SOURCE

#include <uv.h>

static uv_async_t wakeup;
static uv_idle_t idler;
static uv_thread_t sender;
static volatile int sender_done;
static int wakeups;
static int turns;

// Minimised from libuv 1.44.2 test/benchmark-async-pummel.c:46: the async
// callback tells the sending thread to stop, then spins until it has.
static void on_wakeup(uv_async_t *handle) {
  if (++wakeups < 1000)
    return;
  handle->data = "stop";
  while (!sender_done)
    uv_sleep(0);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+26]]:3: note: callback registered with 'uv_async_init' here
  // CHECK-NOTES: :[[@LINE-3]]:5: note: consider a 'uv_timer_start' timer instead
  uv_close((uv_handle_t *)handle, NULL);
}

// Minimised from libuv 1.44.2 test/test-poll-oob.c:56: the idle callback
// paces the loop with a sleep.
static void on_idle(uv_idle_t *handle) {
  uv_sleep(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+18]]:3: note: callback registered with 'uv_idle_start' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: consider a 'uv_timer_start' timer instead
  if (++turns == 10)
    uv_idle_stop(handle);
}

static void send_wakeups(void *arg) {
  uv_async_t *handle = arg;
  while (handle->data == NULL)
    uv_async_send(handle);
  sender_done = 1;
}

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  int r;
  uv_async_init(loop, &wakeup, on_wakeup);
  uv_idle_init(loop, &idler);
  uv_idle_start(&idler, on_idle);
  uv_thread_create(&sender, send_wakeups, &wakeup);
  r = uv_run(loop, UV_RUN_DEFAULT);
  uv_thread_join(&sender);
  return r;
}
