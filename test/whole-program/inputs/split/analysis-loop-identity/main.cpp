#include "app.h"

int main() {
  asio::io_context io, other;
  aliases(io);
  parameters(io, other);
  Ticker ticker(io);
  ticker.start();
  onHeap(io);
  io.run();
}
