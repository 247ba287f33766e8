// A handler that re-enters its own io_context: the commit must be refused.
#include <asio.hpp>

void start(asio::io_context &io) {
  asio::post(io, [&io] { io.run(); });
}

int main() {
  asio::io_context io;
  start(io);
  io.run();
}
