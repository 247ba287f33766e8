// NOLINT and NOLINTNEXTLINE on the line of the warning (the starting call)
// silence it, as for every clang-tidy check.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

static void fetch() {
  boost::asio::io_context request;
  request.run();
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { fetch(); }); // NOLINT(eventloop-reentrant-run)
  // NOLINTNEXTLINE(eventloop-reentrant-run)
  boost::asio::post(io, [] { fetch(); });
  boost::asio::post(io, [&] { io.run(); }); // NOLINT(eventloop-blocking-call)
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
}
