// A synchronous client inferred from its constructor (the tornado pattern):
// HTTPClient's constructor makes a private io_context and runs it until the
// lookup is done, so constructing one in a handler blocks the loop. The fix
// constructs it on another thread and moves it back. A client that cannot be
// moved gets no fix-it; nor does one made with new or std::make_unique.
// RUN: %check_eventloop %s --checks eventloop-sync-client --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <future>
#include <memory>
#include <string>

namespace asio = boost::asio;
using boost::system::error_code;

class HTTPClient {
public:
  HTTPClient(const std::string &host, const std::string &port) {
    asio::io_context io;
    asio::ip::tcp::resolver resolver(io);
    resolver.async_resolve(
        host, port,
        [this](error_code ec, asio::ip::tcp::resolver::results_type r) {
          if (!ec)
            endpoints = r;
        });
    io.run();
  }
  asio::ip::tcp::resolver::results_type endpoints;
};

class PinnedClient {
public:
  explicit PinnedClient(const std::string &host) {
    asio::io_context io;
    io.run();
  }
  PinnedClient(const PinnedClient &) = delete;
  PinnedClient &operator=(const PinnedClient &) = delete;
};

void movable(asio::io_context &io) {
  asio::post(io, [] {
    HTTPClient client("example.org", "80");
    // CHECK-FIXES: HTTPClient client = std::async(std::launch::async, [&] { return HTTPClient("example.org", "80"); }).get();
    // CHECK-NOTES: :[[@LINE-2]]:16: warning: callback constructs the synchronous client 'HTTPClient', whose constructor runs a private loop 'io' through 'io_context::run' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-20]]:8: note: 'HTTPClient::HTTPClient' runs the event loop here
    // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
    (void)client.endpoints.size();
  });
}

void pinned(asio::io_context &io) {
  asio::post(io, [] {
    PinnedClient client("example.org");
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback constructs the synchronous client 'PinnedClient', whose constructor runs a private loop 'io' through 'io_context::run' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-21]]:8: note: 'PinnedClient::PinnedClient' runs the event loop here
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:18: note: no automatic fix-it: only a declaration 'T v(args);' of a movable type is rewritten
    (void)client;
  });
}

void onHeap(asio::io_context &io) {
  asio::post(io, [] {
    HTTPClient *client = new HTTPClient("example.org", "80");
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: callback constructs the synchronous client 'HTTPClient', whose constructor runs a private loop 'io' through 'io_context::run' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-41]]:8: note: 'HTTPClient::HTTPClient' runs the event loop here
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:30: note: no automatic fix-it: only a declaration 'T v(args);' of a movable type is rewritten
    delete client;
  });
}

void throughMakeUnique(asio::io_context &io) {
  asio::post(io, [] {
    auto client = std::make_unique<HTTPClient>("example.org", "80");
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: callback constructs the synchronous client 'HTTPClient', whose constructor runs a private loop 'io' through 'io_context::run' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-52]]:8: note: 'HTTPClient::HTTPClient' runs the event loop here
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:24: note: no automatic fix-it: only a declaration 'T v(args);' of a movable type is rewritten
    (void)client;
  });
}

int main() {
  asio::io_context io;
  HTTPClient fromMain("example.org", "80");
  movable(io);
  pinned(io);
  onHeap(io);
  throughMakeUnique(io);
  io.run();
}
