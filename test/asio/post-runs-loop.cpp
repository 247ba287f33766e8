// A handler posted to an io_context that runs the same io_context: the
// end-to-end spine, against Debian's real Boost headers.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

int main() {
  boost::asio::io_context io;
  boost::asio::post(io, [&] { io.run(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  io.run();
}
