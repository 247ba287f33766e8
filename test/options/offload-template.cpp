// OffloadTemplate and OffloadHeader let a project offload to its own
// executor: here a boost::asio::thread_pool with use_future.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t --config "{CheckOptions: {eventloop-reentrant-run.OffloadTemplate: 'boost::asio::post(app::pool(), boost::asio::use_future([&] { return $call; })).get()', eventloop-reentrant-run.OffloadHeader: '<boost/asio/use_future.hpp>'}}" -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <boost/asio/use_future.hpp>

namespace app {
boost::asio::thread_pool &pool();
} // namespace app

static int fetch() {
  boost::asio::io_context private_io;
  return static_cast<int>(private_io.run());
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { int n = fetch(); (void)n; });
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: callback blocks its asio loop until the private loop 'private_io' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { int n = boost::asio::post(app::pool(), boost::asio::use_future([&] { return fetch(); })).get(); (void)n; });
}
