#include "app.h"

void nest(struct ev_loop *l, int n) {
  if (n > 0)
    nest(l, n - 1);
  else
    ev_run(l, 0);
}

void forth(int n) { back(n); }
