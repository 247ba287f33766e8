#include "app.h"

static uv_check_t check;

static void on_check(uv_check_t *) {
  int pending = resolve_sync("example.org");
  (void)pending;
}

void start_lookup(uv_loop_t *loop) {
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
}
