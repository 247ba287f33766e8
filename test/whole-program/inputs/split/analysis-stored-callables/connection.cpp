#include "app.h"

Connection::Connection(asio::io_context &io) : io(io) {}
void Connection::onMessage(std::function<void(int)> handler) { handler_ = std::move(handler); }
void Connection::start() {
  asio::post(io, [this] { handler_(42); });
}

void drainLater(asio::io_context &io) {
  asio::post(io, [] {
    for (auto &work : pending)
      work();
  });
}

void dispatch(asio::io_context &io, int which) {
  asio::post(io, [which] { commands[which].run(); });
}

void Ticker::start() {
  asio::post(io, [this] { onTick(); });
}
