// GLib's headers included with -I (pkg-config's flags) are library code:
// an inline function below a folder named glib-2.0 is not walked into, while
// the same function in a project header is.
// RUN: %check_eventloop %s --checks 'eventloop-*' --compile-fixed clang --tmp %t/t -- -std=c11 %glib_flags -I%S/inputs/headers
// (--compile-fixed clang: the runner's default clang++ rejects -std=c11.)

#include "glib-2.0/gpause.h"
#include "project/pause.h"

static gboolean on_idle(gpointer data) {
  g_pause_briefly();
  pause_briefly();
  return G_SOURCE_REMOVE;
}

int main(void) {
  g_idle_add(on_idle, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}

// CHECK-NOTES: :12:3: warning: callback blocks its GLib loop in 'g_usleep' [eventloop-blocking-call]
// CHECK-NOTES: pause.h:4:42: note: 'pause_briefly' blocks here
// CHECK-NOTES: :17:3: note: callback registered with 'g_idle_add' here
// CHECK-NOTES: :12:3: note: consider a timeout source ('g_timeout_add') instead
