#include "app.h"

int main() {
  asio::io_context io;
  g_loop = &io;
  sameThroughParameter(io);
  Server server;
  server.start();
  privateLoop(io);
  unknownLoop(io);
  io.run();
}
