#include "app.h"
#include <thread>

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
