// One asio handler that re-enters its own io_context.
#include <asio.hpp>

int main() {
  asio::io_context io;
  asio::post(io, [&io] { io.run(); });
  io.run();
}
