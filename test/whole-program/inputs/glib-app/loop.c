#include "app.h"

void drain_context(GMainContext *c) { g_main_context_iteration(c, TRUE); }

void sync_worker(void) {
  GMainContext *mine = g_main_context_new();
  drain_context(mine);
  g_main_context_unref(mine);
}
