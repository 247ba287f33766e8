#include <uv.h>

// Runs a loop of its own: a private loop, so the check offers to move the
// call that reaches it to another thread.
static int replay() {
  uv_loop_t *journal = uv_loop_new();
  int pending = uv_run(journal, UV_RUN_DEFAULT);
  uv_loop_delete(journal);
  return pending;
}

static uv_check_t check;

// The callback is far below the includes: the fix-it's #include and its
// rewritten call are two hunks of the diff.
static void on_check(uv_check_t *) {
  int pending = replay();
  (void)pending;
}

int main() {
  uv_loop_t *loop = uv_default_loop();
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
  return uv_run(loop, UV_RUN_DEFAULT);
}
