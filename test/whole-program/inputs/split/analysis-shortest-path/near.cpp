#include "app.h"
#include <chrono>
#include <thread>

void nearAndFar(bool quick) {
  if (quick)
    far1();
  else
    nap();
}

void twoSinks() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  nap();
}
