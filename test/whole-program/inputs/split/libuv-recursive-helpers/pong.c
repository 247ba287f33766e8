#include "app.h"

void pong(int n) {
  if (n > 0)
    ping(n - 1);
  uv_sleep(1);
}
