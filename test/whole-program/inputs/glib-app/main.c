#include "app.h"

GMainContext *ctx;

int main(void) {
  ctx = g_main_context_new();
  g_main_context_invoke(ctx, iterate_own, NULL);
  GFile *file = g_file_new_for_path("/etc/hostname");
  g_file_load_contents_async(file, NULL, on_loaded, NULL);
  GObject *object = g_object_new(G_TYPE_OBJECT, NULL);
  g_signal_connect(object, "notify", G_CALLBACK(on_notify), NULL);
  GMainLoop *loop = g_main_loop_new(ctx, FALSE);
  g_main_loop_run(loop);
  return 0;
}
