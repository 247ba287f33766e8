#include "app.h"

static gboolean on_idle(gpointer data) {
  refresh();
  return G_SOURCE_REMOVE;
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
