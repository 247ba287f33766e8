// The offload fix-it works whether the call's value is used or discarded,
// returned, or passed on; the fixed file compiles (the runner checks it).
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <string>
// CHECK-FIXES: #include <future>

// Runs a private loop to finish one request, like tornado's HTTPClient.
static int fetch(int id) {
  boost::asio::io_context request;
  int result = 0;
  boost::asio::post(request, [&] { result = id * 2; });
  request.run();
  return result;
}

static void use(int) {}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { int n = fetch(1); use(n); });
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { int n = std::async(std::launch::async, [&] { return fetch(1); }).get(); use(n); });
  boost::asio::post(io, [] { fetch(2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { std::async(std::launch::async, [&] { return fetch(2); }).get(); });
  boost::asio::post(io, [] { use(fetch(3)); });
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { use(std::async(std::launch::async, [&] { return fetch(3); }).get()); });
  boost::asio::steady_timer timer(io);
  timer.async_wait([](boost::system::error_code ec) {
    if (!ec)
      fetch(4);
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: std::async(std::launch::async, [&] { return fetch(4); }).get();
  });
}
