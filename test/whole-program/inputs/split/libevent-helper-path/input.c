#include "app.h"

void handle_input(int n) {
  if (n > 0)
    settle();
}
