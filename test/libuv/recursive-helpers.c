// libuv: helpers that recurse (directly and mutually) on the way to uv_run
// and uv_sleep: the analysis ends, and each callback gets one warning.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <uv.h>

static uv_loop_t *loop;
static uv_async_t wakeup;

static void countdown(int n) {
  if (n > 0)
    countdown(n - 1);
  else
    uv_run(loop, UV_RUN_ONCE);
}

static void pong(int n);
static void ping(int n) { pong(n); }
static void pong(int n) {
  if (n > 0)
    ping(n - 1);
  uv_sleep(1);
}

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

// CHECK-NOTES: :27:3: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
// CHECK-NOTES: :14:5: note: 'countdown' runs the event loop here
// CHECK-NOTES: :33:3: note: callback registered with 'uv_async_init' here
// CHECK-NOTES: :27:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
// CHECK-NOTES: :28:3: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
// CHECK-NOTES: :18:27: note: 'ping' calls 'pong' here
// CHECK-NOTES: :22:3: note: 'pong' blocks here
// CHECK-NOTES: :33:3: note: callback registered with 'uv_async_init' here
// CHECK-NOTES: :28:3: note: consider a 'uv_timer_start' timer instead
