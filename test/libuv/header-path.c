// libuv: the path to uv_run goes through helpers defined in a project
// header; the notes point into the header.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --copy %S/inputs/uv_pump.h --tmp %t/header-path -- -x c -std=c11 -D_GNU_SOURCE

#include "uv_pump.h"

static uv_loop_t *loop;
static uv_idle_t idle;

static void on_idle(uv_idle_t *handle) {
  (void)handle;
  pump_all(loop);
}

int main(void) {
  loop = uv_default_loop();
  uv_idle_init(loop, &idle);
  uv_idle_start(&idle, on_idle);
  return uv_run(loop, UV_RUN_DEFAULT);
}

// CHECK-NOTES: :12:3: warning: callback re-enters its own libuv loop 'loop' through 'uv_run'; uv_run is not reentrant and must not be called from a callback [eventloop-reentrant-run]
// CHECK-NOTES: uv_pump.h:10:5: note: 'pump_all' calls 'pump_once' here
// CHECK-NOTES: uv_pump.h:6:46: note: 'pump_once' runs the event loop here
// CHECK-NOTES: :18:3: note: callback registered with 'uv_idle_start' here
// CHECK-NOTES: :12:3: note: no fix-it can cure this: consider a timer or idle handle on the same loop for the rest of the work instead
