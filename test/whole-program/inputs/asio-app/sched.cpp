#include "app.h"

void app::schedule(boost::asio::io_context &io, std::function<void()> work) {
  boost::asio::post(io, std::move(work));
}
