#include "app.h"
#include <chrono>
#include <thread>

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

void useConnection(asio::io_context &io) {
  Connection c(io);
  c.onMessage([](int) { nap(); });
  c.start();
}

std::vector<std::function<void()>> pending;

void queueWork() {
  pending.push_back([] { nap(); });
}

void cmdStatus() {}
void cmdSleep() { nap(); }
const Command commands[] = {{"status", cmdStatus}, {"sleep", cmdSleep}};

// Stored but never called through by loop code: nothing to say.
std::function<void()> onExit;
void setExit() { onExit = [] { nap(); }; }
