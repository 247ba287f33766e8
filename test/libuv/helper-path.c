// libuv: a timer callback reaches uv_run on its own loop through three
// helpers; the loop travels as a parameter. Every hop is a note.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <uv.h>

static uv_loop_t *loop;
static uv_timer_t timer;

static void drain(uv_loop_t *l) { uv_run(l, UV_RUN_NOWAIT); }

static void flush(void) { drain(loop); }

static void step(int pending) {
  if (pending > 0)
    flush();
}

static void on_timer(uv_timer_t *handle) {
  (void)handle;
  step(1);
}

int main(void) {
  loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  return uv_run(loop, UV_RUN_DEFAULT);
}

// CHECK-NOTES: :21:3: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
// CHECK-NOTES: :16:5: note: 'step' calls 'flush' here
// CHECK-NOTES: :12:27: note: 'flush' calls 'drain' here
// CHECK-NOTES: :10:35: note: 'drain' runs the event loop here
// CHECK-NOTES: :27:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES: :21:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
