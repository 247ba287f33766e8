#include "app.h"

// Runs a loop of its own until the journal is replayed.
int replay(const char *name) {
  uv_loop_t *journal = uv_loop_new();
  int pending = uv_run(journal, UV_RUN_DEFAULT);
  uv_loop_delete(journal);
  return pending + (name != nullptr);
}

int flush_journal(const char *name) {
  if (name[0] < 'a' && name[1] != '\0')
    return replay(name);
  return 0;
}
