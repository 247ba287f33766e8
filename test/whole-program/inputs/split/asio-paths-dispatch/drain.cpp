#include "app.h"
#include <chrono>
#include <thread>

void drain(int n) {
  if (n % 2)
    retry(n);
  else
    std::this_thread::sleep_for(std::chrono::milliseconds(n));
}
