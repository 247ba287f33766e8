#include "app.h"

// The constructor stays beside start(): a timer bound to its loop in another
// TU's constructor is not seen (handle-binding-across-files.xfail-draft).
Ticker::Ticker(asio::io_context &io) : io_(io), timer_(io) {}

void Ticker::start() {
  timer_.async_wait([this](error_code) { io_.run(); });
}
