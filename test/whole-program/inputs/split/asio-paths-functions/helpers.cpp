#include "app.h"
#include <chrono>
#include <thread>

void backOff() { std::this_thread::sleep_for(std::chrono::milliseconds(50)); }
void reconnect() { backOff(); }
void onError() { reconnect(); }

void Store::commit() { backOff(); }

void Journal::flush() { backOff(); }
