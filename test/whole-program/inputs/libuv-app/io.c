#include "app.h"
#include <unistd.h>

void drain(uv_loop_t *l) { uv_run(l, UV_RUN_NOWAIT); }

void flush_pending(void) { drain(app_loop); }

void save_state(const char *path) {
  (void)path;
  sleep(1);
}

int resolve_sync(const char *name) {
  (void)name;
  uv_loop_t *resolver = uv_loop_new();
  int pending = uv_run(resolver, UV_RUN_DEFAULT);
  uv_loop_delete(resolver);
  return pending;
}
