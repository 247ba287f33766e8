#include "app.h"

void back(int n) {
  if (n > 0)
    forth(n - 1);
  ev_sleep(0.5);
}
