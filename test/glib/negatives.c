// GLib: no warning. Loop runs and waits in main-only code, work handed to
// threads (g_thread_new, g_thread_try_new, g_task_run_in_thread, a thread
// pool), a callback that only re-arms itself, and one whose g_usleep is a
// backoff of less than a millisecond.
// RUN: %check_eventloop %s --checks 'eventloop-*' --compile-fixed clang --tmp %t/t -- -std=c11 %glib_flags
// (--compile-fixed clang: the runner's default clang++ rejects -std=c11.)

#include <gio/gio.h>

static gpointer sleeper(gpointer data) {
  g_usleep(1000);
  return NULL;
}

static void pooled(gpointer item, gpointer data) { g_usleep(1000); }

static void in_thread(GTask *task, gpointer source, gpointer data,
                      GCancellable *cancellable) {
  char *contents = NULL;
  g_file_load_contents(G_FILE(source), cancellable, &contents, NULL, NULL, NULL);
  g_task_return_pointer(task, contents, g_free);
}

static void finished(GObject *source, GAsyncResult *result, gpointer data) {
  g_free(g_task_propagate_pointer(G_TASK(result), NULL));
}

static GThreadPool *pool;

static gboolean on_idle(gpointer data) {
  GThread *t = g_thread_new("sleeper", sleeper, NULL);
  g_thread_unref(t);
  GThread *u = g_thread_try_new("sleeper", sleeper, NULL, NULL);
  if (u)
    g_thread_unref(u);
  GTask *task = g_task_new(data, NULL, finished, NULL);
  g_task_run_in_thread(task, in_thread);
  g_object_unref(task);
  g_thread_pool_push(pool, GINT_TO_POINTER(1), NULL);
  return G_SOURCE_REMOVE;
}

static gboolean back_off(gpointer data) {
  (void)data;
  g_usleep(999);
  return G_SOURCE_CONTINUE;
}

static gboolean rearm(gpointer data) {
  g_timeout_add(100, rearm, data);
  return G_SOURCE_REMOVE;
}

int main(void) {
  pool = g_thread_pool_new(pooled, NULL, 2, FALSE, NULL);
  GFile *file = g_file_new_for_path("/etc/hostname");
  g_idle_add(on_idle, file);
  g_idle_add(rearm, NULL);
  g_idle_add(back_off, NULL);
  GThread *t = g_thread_new("sleeper", sleeper, NULL);
  g_thread_join(t);
  g_usleep(10);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  while (g_main_context_iteration(NULL, FALSE))
    ;
  return 0;
}
