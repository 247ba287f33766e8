// The loop behind a strand or an executor held in a variable, and behind a
// smart pointer: `make_strand(io)` and `io.get_executor()` name io, and a
// loop made with std::make_unique is a private loop.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <memory>
// CHECK-FIXES: #include <future>

void strands(boost::asio::io_context &io) {
  auto strand = boost::asio::make_strand(io);
  boost::asio::post(strand, [&] { io.run_one(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: callback re-enters its own asio loop 'io' through 'io_context::run_one'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  auto ex = io.get_executor();
  boost::asio::post(ex, [&] { io.poll(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: callback re-enters its own asio loop 'io' through 'io_context::poll'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
}

static void fetch() {
  auto request = std::make_unique<boost::asio::io_context>();
  request->run();
}

void owned(boost::asio::io_context &io) {
  boost::asio::post(io, [] { fetch(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { std::async(std::launch::async, [&] { return fetch(); }).get(); });
}
