#include "app.h"

void sameThroughParameter(asio::io_context &io) {
  asio::post(io, [&io] { drainAll(io); });
}

void Server::start() {
  asio::post(io_, [this] { flush(); });
}

void privateLoop(asio::io_context &io) {
  asio::post(io, [] { int n = fetchBlocking(); (void)n; });
}

void unknownLoop(asio::io_context &io) {
  asio::post(io, [] { runGlobal(); });
}
