#include "app.h"

void virtualCall(asio::io_context &io, Handler *h) {
  asio::post(io, [h] { h->handle(); });
}

void headerHelper(asio::io_context &io, net::Peer &peer) {
  asio::post(io, [&peer] { peer.refresh(); });
}

void recursion(asio::io_context &io) {
  asio::post(io, [] { retry(depth(4)); });
}

int main() {
  asio::io_context io;
  net::Peer peer{io};
  LookupHandler handler(peer);
  virtualCall(io, &handler);
  headerHelper(io, peer);
  recursion(io);
  io.run();
}
