#include "app.h"

void drain(GMainContext *c) { g_main_context_iteration(c, TRUE); }
void pump(GMainContext *c) { drain(c); }
void sync_worker(void) {
  GMainContext *mine = g_main_context_new();
  pump(mine);
  g_main_context_unref(mine);
}
