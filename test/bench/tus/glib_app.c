/* Benchmark TU: a GLib/GIO program with idle, timeout and async I/O (real headers). */
#include <gio/gio.h>

static GMainLoop *loop;

static void on_loaded(GObject *source, GAsyncResult *res, gpointer data) {
  (void)data;
  gchar *contents = NULL;
  gsize length = 0;
  if (g_file_load_contents_finish(G_FILE(source), res, &contents, &length, NULL, NULL))
    g_print("%" G_GSIZE_FORMAT " bytes\n", length);
  g_free(contents);
}

static gboolean on_idle(gpointer data) {
  GFile *file = g_file_new_for_path((const char *)data);
  g_file_load_contents_async(file, NULL, on_loaded, NULL);
  g_object_unref(file);
  return G_SOURCE_REMOVE;
}

static gboolean on_timeout(gpointer data) {
  (void)data;
  g_main_loop_quit(loop);
  return G_SOURCE_REMOVE;
}

int main(int argc, char **argv) {
  loop = g_main_loop_new(NULL, FALSE);
  g_idle_add(on_idle, argc > 1 ? argv[1] : "/etc/hostname");
  g_timeout_add_seconds(2, on_timeout, NULL);
  g_main_loop_run(loop);
  g_main_loop_unref(loop);
  return 0;
}
