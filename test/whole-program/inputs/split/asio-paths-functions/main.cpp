#include "app.h"

void freeFunctions(asio::io_context &io) {
  asio::post(io, [] { onError(); });
}

void methods(asio::io_context &io, Session &s) {
  asio::post(io, [&s] { s.onRead(); });
  asio::post(io, std::bind(&Session::onRead, &s));
}

void lambdaVariable(asio::io_context &io) {
  auto flush = [] { reconnect(); };
  asio::post(io, [flush] { flush(); });
}

void functionTemplate(asio::io_context &io) {
  asio::post(io, [] { withRetry([] { backOff(); }); });
}

void classTemplate(asio::io_context &io, Queue<Journal> &q) {
  asio::post(io, [&q] { q.drain(); });
}

int main() {
  asio::io_context io;
  Store store;
  Session session(store);
  freeFunctions(io);
  methods(io, session);
  lambdaVariable(io);
  functionTemplate(io);
  Queue<Journal> q;
  classTemplate(io, q);
  io.run();
}
