#include "app.h"

// Recursion within one TU, and across TUs (ping in ping.c, pong in pong.c).
void countdown(int n) {
  if (n > 0)
    countdown(n - 1);
  else
    uv_run(loop, UV_RUN_ONCE);
}

void ping(int n) { pong(n); }
