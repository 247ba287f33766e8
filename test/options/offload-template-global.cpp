// A global OffloadTemplate and OffloadHeader serve both offload checks; the
// code they write is an offload boundary for every check, so a second --fix
// (which the runner makes) changes nothing and nothing is reported on it.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t --config "{CheckOptions: {OffloadTemplate: 'boost::asio::post(app::pool(), boost::asio::use_future([&] { return $call; })).get()', OffloadHeader: '<boost/asio/use_future.hpp>'}}" -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <boost/asio/use_future.hpp>
#include <string>

namespace app {
boost::asio::thread_pool &pool();
} // namespace app

static int fetch() {
  boost::asio::io_context private_io;
  return static_cast<int>(private_io.run());
}

class Lookup {
public:
  explicit Lookup(const std::string &host) {
    boost::asio::io_context io;
    io.run();
  }
  Lookup(const std::string &host, int port) : Lookup(host) {}
};

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { int n = fetch(); (void)n; });
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: callback blocks its asio loop until the private loop 'private_io' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { int n = boost::asio::post(app::pool(), boost::asio::use_future([&] { return fetch(); })).get(); (void)n; });
  boost::asio::post(io, [] { Lookup one("example.org"); (void)one; });
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: callback constructs the synchronous client 'Lookup', whose constructor runs a private loop 'io' through 'io_context::run' [eventloop-sync-client]
  // CHECK-FIXES: boost::asio::post(io, [] { Lookup one = boost::asio::post(app::pool(), boost::asio::use_future([&] { return Lookup("example.org"); })).get(); (void)one; });
  boost::asio::post(io, [] { Lookup two("example.org", 80); (void)two; });
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: callback constructs the synchronous client 'Lookup', whose constructor runs a private loop 'io' through 'io_context::run' [eventloop-sync-client]
  // CHECK-FIXES: boost::asio::post(io, [] { Lookup two = boost::asio::post(app::pool(), boost::asio::use_future([&] { return Lookup("example.org", 80); })).get(); (void)two; });
}
