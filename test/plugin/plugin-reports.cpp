// The same finding through clang-tidy-22 with the plugin loaded: warning,
// notes and fix-it as with the standalone binary.
// RUN: %check_eventloop_plugin %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <future>

static void fetch() {
  boost::asio::io_context private_io;
  private_io.run();
}

int main() {
  boost::asio::io_context io;
  boost::asio::post(io, [] { fetch(); });
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: callback blocks its asio loop until the private loop 'private_io' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :10:14: note: 'fetch' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-FIXES: boost::asio::post(io, [] { std::async(std::launch::async, [&] { return fetch(); }).get(); });
  io.run();
}
