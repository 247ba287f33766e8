// A handler that posts the next step instead of running the loop: clean.
#include <asio.hpp>

void start(asio::io_context &io) {
  asio::post(io, [&io] { asio::post(io, [] {}); });
}

int main() {
  asio::io_context io;
  start(io);
  io.run();
}
