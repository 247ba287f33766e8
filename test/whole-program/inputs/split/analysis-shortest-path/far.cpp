#include "app.h"
#include <chrono>
#include <thread>

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
void far3() { nap(); }
void far2() { far3(); }
void far1() { far2(); }
