#include "app.h"

int main() {
  boost::asio::io_context io;
  boost::asio::post(io, [&] { drain(io); });
  Pump pump(io);
  pump.start();
  io.run();
}
