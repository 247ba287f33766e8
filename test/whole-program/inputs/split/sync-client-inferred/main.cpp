#include "app.h"

int main() {
  asio::io_context io;
  HTTPClient fromMain("example.org", "80");
  movable(io);
  pinned(io);
  onHeap(io);
  throughMakeUnique(io);
  io.run();
}
