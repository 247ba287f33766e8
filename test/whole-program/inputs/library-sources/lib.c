// Stands for libuv's own sources in the database: a function of the
// library (external, named uv_...) whose body blocks only in a case the
// library knows not to happen on the loop.
#include <unistd.h>

int uv_reap_exited_child(void) {
  sleep(1);
  return 0;
}
