// cpp-httplib's request methods block until the response is read. A client
// made outside the loop and used in a handler: every request method is a
// blocking call (SSLClient's come from ClientImpl). A handler that both
// makes the client and requests: eventloop-blocking-call reports the
// request; with all checks on, eventloop-sync-client also reports the
// construction.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --prefix COMMON --prefix BLOCK --tmp %t/block -- -std=c++20 -DCPPHTTPLIB_OPENSSL_SUPPORT
// RUN: %check_eventloop %s --checks 'eventloop-*' --prefix COMMON --prefix ALL --tmp %t/all -- -std=c++20 -DCPPHTTPLIB_OPENSSL_SUPPORT

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <httplib.h>

namespace asio = boost::asio;

void everyMethod(asio::io_context &io, httplib::Client &cli) {
  asio::post(io, [&cli] {
    cli.Get("/");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Get' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    cli.Head("/");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Head' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-7]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    cli.Post("/items", "{}", "application/json");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Post' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-11]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    cli.Put("/items/1", "{}", "application/json");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Put' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-15]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    cli.Patch("/items/1", "{}", "application/json");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Patch' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-19]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    cli.Delete("/items/1");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Delete' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-23]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    cli.Options("*");
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::Options' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-27]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
    httplib::Request req;
    req.method = "GET";
    req.path = "/";
    cli.send(req);
    // CHECK-NOTES-COMMON: :[[@LINE-1]]:9: warning: callback blocks its asio loop in 'Client::send' [eventloop-blocking-call]
    // CHECK-NOTES-COMMON: :[[@LINE-34]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-COMMON: :[[@LINE-3]]:9: note: consider an asynchronous HTTP client driven by the event loop instead
  });
}

void tls(asio::io_context &io, httplib::SSLClient &cli) {
  asio::post(io, [&cli] { cli.Get("/"); });
  // CHECK-NOTES-COMMON: :[[@LINE-1]]:31: warning: callback blocks its asio loop in 'ClientImpl::Get' [eventloop-blocking-call]
  // CHECK-NOTES-COMMON: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES-COMMON: :[[@LINE-3]]:31: note: consider an asynchronous HTTP client driven by the event loop instead
}

void makeAndRequest(asio::io_context &io) {
  asio::post(io, [] {
    httplib::Client cli("example.org", 80);
    auto res = cli.Get("/");
    // CHECK-NOTES-ALL: :[[@LINE-2]]:21: warning: callback constructs the synchronous client 'httplib::Client'; each of its requests blocks the asio loop [eventloop-sync-client]
    // CHECK-NOTES-ALL: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-ALL: :[[@LINE-4]]:21: note: consider an asynchronous client, or making the requests on another thread
    // CHECK-NOTES-ALL: :[[@LINE-4]]:20: warning: callback blocks its asio loop in 'Client::Get' [eventloop-blocking-call]
    // CHECK-NOTES-ALL: :[[@LINE-7]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-ALL: :[[@LINE-6]]:20: note: consider an asynchronous HTTP client driven by the event loop instead
    // CHECK-NOTES-BLOCK: :[[@LINE-7]]:20: warning: callback blocks its asio loop in 'Client::Get' [eventloop-blocking-call]
    // CHECK-NOTES-BLOCK: :[[@LINE-10]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES-BLOCK: :[[@LINE-9]]:20: note: consider an asynchronous HTTP client driven by the event loop instead
    (void)res;
  });
}

int main() {
  asio::io_context io;
  httplib::Client cli("example.org", 80);
  httplib::SSLClient secure("example.org", 443);
  everyMethod(io, cli);
  tls(io, secure);
  makeAndRequest(io);
  io.run();
}
