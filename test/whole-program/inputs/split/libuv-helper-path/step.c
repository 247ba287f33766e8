#include "app.h"

void step(int pending) {
  if (pending > 0)
    flush();
}
