#include "app.h"
void Ticker::start() {
  timer_.async_wait([this](boost::system::error_code) { io_.run(); });
}
void Ticker::post() {
  asio::post(io_, [this] { io_.run(); });
}
