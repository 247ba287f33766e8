#include "app.h"

gboolean iterate_own(gpointer data) {
  (void)data;
  drain_context(ctx);
  return G_SOURCE_REMOVE;
}

void on_loaded(GObject *source, GAsyncResult *result, gpointer data) {
  (void)result, (void)data;
  g_free(read_config(G_FILE(source)));
}

void on_notify(GObject *object, GParamSpec *pspec, gpointer data) {
  (void)object, (void)pspec, (void)data;
  sync_worker();
}
