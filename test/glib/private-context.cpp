// GLib from C++: a callback that runs a GMainLoop of a context it made
// itself gets the thread-offload fix-it; one that runs the context it was
// invoked on (directly or through a GMainLoop made for it) cannot be cured.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++17 %glib_flags

#include <glib.h>
#include <future>

static GMainContext *shared_ctx;

static gboolean run_private(gpointer) {
  GMainContext *mine = g_main_context_new();
  GMainLoop *loop = g_main_loop_new(mine, FALSE);
  g_main_loop_run(loop);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop until the private loop 'mine' run by 'g_main_loop_run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: std::async(std::launch::async, [&] { return g_main_loop_run(loop); }).get();
  g_main_loop_unref(loop);
  g_main_context_unref(mine);
  return G_SOURCE_REMOVE;
}

static gboolean iterate_shared(gpointer) {
  g_main_context_iteration(shared_ctx, FALSE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own GLib loop 'shared_ctx' through 'g_main_context_iteration'; GLib lets a context be iterated recursively, but the nested run dispatches its other sources inside this callback [eventloop-reentrant-run]
  return G_SOURCE_CONTINUE;
}

int main() {
  shared_ctx = g_main_context_new();
  g_main_context_invoke(shared_ctx, run_private, nullptr);
  GSource *idle = g_idle_source_new();
  g_source_set_callback(idle, iterate_shared, nullptr, nullptr);
  g_source_attach(idle, shared_ctx);
  // A captureless lambda converted to a GSourceFunc is a callback too.
  g_main_context_invoke(
      shared_ctx,
      [](gpointer) -> gboolean {
        GMainLoop *nested = g_main_loop_new(shared_ctx, FALSE);
        g_main_loop_run(nested);
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: callback re-enters its own GLib loop 'shared_ctx' through 'g_main_loop_run'; GLib lets a context be iterated recursively, but the nested run dispatches its other sources inside this callback [eventloop-reentrant-run]
        return G_SOURCE_REMOVE;
      },
      nullptr);
  GMainLoop *loop = g_main_loop_new(shared_ctx, FALSE);
  g_main_loop_run(loop);
}
