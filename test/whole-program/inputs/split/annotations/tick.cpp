#include "app.h"
#include <cstdio>

LOOP_CALLBACK void on_tick() {
  spin_nested_loop();
  reload();
  on_worker([] { spin_nested_loop(); });
}
