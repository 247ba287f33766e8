// A handler that constructs a cpp-httplib client: constructing one does not
// block (it connects on the first request), but every request it makes
// does, so the construction in loop code is reported once, where the client
// is made or where the handler calls the helper that makes it. SSLClient is
// listed too. A client made in main is not reported.
// RUN: %check_eventloop %s --checks eventloop-sync-client --tmp %t/t -- -std=c++20 -DCPPHTTPLIB_OPENSSL_SUPPORT

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <httplib.h>

namespace asio = boost::asio;

void plain(asio::io_context &io) {
  asio::post(io, [] {
    httplib::Client cli("example.org", 80);
    // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback constructs the synchronous client 'httplib::Client'; each of its requests blocks the asio loop [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:21: note: consider an asynchronous client, or making the requests on another thread
    cli.set_connection_timeout(2);
  });
}

void tls(asio::io_context &io) {
  asio::post(io, [] {
    httplib::SSLClient cli("example.org", 443);
    // CHECK-NOTES: :[[@LINE-1]]:24: warning: callback constructs the synchronous client 'httplib::SSLClient'; each of its requests blocks the asio loop [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:24: note: consider an asynchronous client, or making the requests on another thread
    cli.enable_server_certificate_verification(true);
  });
}

// Through a helper: the note shows where the client is made.
bool reachable(const std::string &host) {
  httplib::Client cli(host);
  return cli.is_valid();
}

void helper(asio::io_context &io) {
  asio::post(io, [] { (void)reachable("http://example.org"); });
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback constructs the synchronous client 'httplib::Client'; each of its requests blocks the asio loop [eventloop-sync-client]
  // CHECK-NOTES: :[[@LINE-7]]:19: note: 'reachable' constructs 'Client' here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:29: note: consider an asynchronous client, or making the requests on another thread
}

int main() {
  asio::io_context io;
  httplib::Client outside("example.org", 80);
  plain(io);
  tls(io);
  helper(io);
  io.run();
}
