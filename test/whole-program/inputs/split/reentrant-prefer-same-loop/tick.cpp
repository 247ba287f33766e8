#include "app.h"

void Pump::drain() { Io.poll(); }
void Pump::tick() {
  fetch();
  drain();
}
