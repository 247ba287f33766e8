// A NULL context is GLib's default context, and g_idle_add / g_timeout_add
// register on it: a loop made with g_main_loop_new(NULL, ...), or an
// iteration of the NULL context, inside such a callback re-enters the
// callback's own context (offloading it would deadlock: the worker could not
// acquire a context this thread holds). A new context is a private loop.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c11 %glib_flags

#include <glib.h>

static gboolean on_idle(gpointer data) {
  GMainLoop *nested = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(nested);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own GLib loop through 'g_main_loop_run'; GLib lets a context be iterated recursively, but the nested run dispatches its other sources inside this callback [eventloop-reentrant-run]
  // CHECK-NOTES: :38:3: note: callback registered with 'g_idle_add' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix-it can cure this: consider returning from the callback and continuing in another source ('g_idle_add') instead
  g_main_context_iteration(NULL, FALSE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback re-enters its own GLib loop through 'g_main_context_iteration'; GLib lets a context be iterated recursively, but the nested run dispatches its other sources inside this callback [eventloop-reentrant-run]
  // CHECK-NOTES: :38:3: note: callback registered with 'g_idle_add' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix-it can cure this: consider returning from the callback and continuing in another source ('g_idle_add') instead
  GMainContext *own = g_main_context_new();
  g_main_context_iteration(own, FALSE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop until the private loop 'own' run by 'g_main_context_iteration' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :38:3: note: callback registered with 'g_idle_add' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no automatic fix-it: C code gets no C++ rewrite
  g_main_context_unref(own);
  g_main_loop_unref(nested);
  (void)data;
  return G_SOURCE_REMOVE;
}

static gboolean on_timeout(gpointer data) {
  (void)data;
  return G_SOURCE_CONTINUE;
}

int main(void) {
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_idle_add(on_idle, NULL);
  g_timeout_add(100, on_timeout, NULL);
  g_main_loop_run(loop);
  return 0;
}
