// GLib: a callback that runs a GMainContext. Its own context (named by
// g_main_context_invoke, or by g_source_attach for g_source_set_callback)
// is a re-entry; a context the callback makes itself is a private loop.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --compile-fixed clang --tmp %t/t -- -std=c11 %glib_flags
// (--compile-fixed clang: the runner's default clang++ rejects -std=c11.)

#include <glib.h>

static GMainContext *ctx;
static GMainLoop *main_loop;

static gboolean iterate_own(gpointer data) {
  g_main_context_iteration(ctx, TRUE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own GLib loop 'ctx' through 'g_main_context_iteration'; GLib lets a context be iterated recursively, but the nested run dispatches its other sources inside this callback [eventloop-reentrant-run]
  return G_SOURCE_REMOVE;
}

// The GMainLoop was made for ctx: running it runs ctx.
static gboolean run_own_loop(gpointer data) {
  g_main_loop_run(main_loop);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback re-enters its own GLib loop 'ctx' through 'g_main_loop_run'; GLib lets a context be iterated recursively, but the nested run dispatches its other sources inside this callback [eventloop-reentrant-run]
  return G_SOURCE_REMOVE;
}

static gboolean run_private(gpointer data) {
  GMainContext *mine = g_main_context_new();
  GMainLoop *loop = g_main_loop_new(mine, FALSE);
  g_main_loop_run(loop);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop until the private loop 'mine' run by 'g_main_loop_run' returns; consider running it on another thread [eventloop-reentrant-run]
  g_main_loop_unref(loop);
  g_main_context_unref(mine);
  return G_SOURCE_REMOVE;
}

// Iterating a private context without blocking is still a nested run.
static gboolean poll_private(gpointer data) {
  GMainContext *mine = g_main_context_new();
  while (g_main_context_iteration(mine, FALSE))
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: callback blocks its GLib loop until the private loop 'mine' run by 'g_main_context_iteration' returns; consider running it on another thread [eventloop-reentrant-run]
    ;
  g_main_context_unref(mine);
  return G_SOURCE_REMOVE;
}

int main(void) {
  ctx = g_main_context_new();
  main_loop = g_main_loop_new(ctx, FALSE);
  g_main_context_invoke(ctx, iterate_own, NULL);
  g_main_context_invoke_full(ctx, G_PRIORITY_DEFAULT, run_own_loop, NULL, NULL);
  GSource *src = g_idle_source_new();
  g_source_set_callback(src, run_private, NULL, NULL);
  g_source_attach(src, ctx);
  g_source_unref(src);
  GSource *timer = g_timeout_source_new(10);
  g_source_set_callback(timer, poll_private, NULL, NULL);
  g_source_attach(timer, ctx);
  g_main_loop_run(main_loop);
  return 0;
}
