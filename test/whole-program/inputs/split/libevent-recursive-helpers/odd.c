#include "app.h"
#include <unistd.h>

void retry(int n) {
  if (n > 0)
    retry(n - 1);
  else
    event_base_dispatch(base);
}

void odd(int n) {
  if (n > 0)
    even(n - 1);
  sleep(1);
}
