#include "app.h"
int main() {
  asio::io_context io;
  Ticker ticker(io);
  ticker.start();
  ticker.post();
  io.run();
}
