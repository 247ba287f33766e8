#include "app.h"

void choose(asio::io_context &io) {
  asio::post(io, [&io] { nearAndFar(io.stopped()); });
  asio::post(io, [] { twoSinks(); });
}

void sameHelperTwice(asio::io_context &io) {
  asio::post(io, [] {
    far2();
    far2();
  });
}

void onTick() { far3(); }

void registeredTwice(asio::io_context &io) {
  asio::post(io, onTick);
  asio::post(io, onTick);
}

int main() {
  asio::io_context io;
  choose(io);
  sameHelperTwice(io);
  registeredTwice(io);
  io.run();
}
