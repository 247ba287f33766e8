#include "app.h"

static uv_check_t check;
static const char *journal_name = "journal<1>&2";

static void on_check(uv_check_t *) {
  int pending = flush_journal(journal_name);
  (void)pending;
}

int main() {
  uv_loop_t *loop = uv_default_loop();
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
  return uv_run(loop, UV_RUN_DEFAULT);
}
