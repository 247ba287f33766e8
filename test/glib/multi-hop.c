// GLib: an idle callback reaches, through three helpers, a blocking sleep and
// a run of a private context; the notes name every hop.
// RUN: %check_eventloop %s --checks 'eventloop-*' --compile-fixed clang --tmp %t/t -- -std=c11 %glib_flags
// (--compile-fixed clang: the runner's default clang++ rejects -std=c11.)

#include <glib.h>

static void backoff(void) { g_usleep(1000); }
static void retry(void) { backoff(); }
static void refresh(void) { retry(); }

static gboolean on_idle(gpointer data) {
  refresh();
  return G_SOURCE_REMOVE;
}

static void drain(GMainContext *c) { g_main_context_iteration(c, TRUE); }
static void pump(GMainContext *c) { drain(c); }
static void sync_worker(void) {
  GMainContext *mine = g_main_context_new();
  pump(mine);
  g_main_context_unref(mine);
}

static gboolean on_timeout(gpointer data) {
  sync_worker();
  return G_SOURCE_CONTINUE;
}

int main(void) {
  g_idle_add(on_idle, NULL);
  g_timeout_add_seconds(1, on_timeout, NULL);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}

// CHECK-NOTES: :13:3: warning: callback blocks its GLib loop in 'g_usleep' [eventloop-blocking-call]
// CHECK-NOTES: :10:29: note: 'refresh' calls 'retry' here
// CHECK-NOTES: :9:27: note: 'retry' calls 'backoff' here
// CHECK-NOTES: :8:29: note: 'backoff' blocks here
// CHECK-NOTES: :31:3: note: callback registered with 'g_idle_add' here
// CHECK-NOTES: :13:3: note: consider a timeout source ('g_timeout_add') instead
// CHECK-NOTES: :26:3: warning: callback blocks its GLib loop until the private loop 'mine' run by 'g_main_context_iteration' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :21:3: note: 'sync_worker' calls 'pump' here
// CHECK-NOTES: :18:37: note: 'pump' calls 'drain' here
// CHECK-NOTES: :17:38: note: 'drain' runs the event loop here
// CHECK-NOTES: :32:3: note: callback registered with 'g_timeout_add_seconds' here
// CHECK-NOTES: :26:3: note: no automatic fix-it: C code gets no C++ rewrite
