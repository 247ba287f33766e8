// Paths: a virtual call through a base pointer reaches the override defined
// in this file; a helper in a project header is followed (its notes point
// into the header); recursion ends the walk without hanging and gives one
// warning per call in the handler.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --copy inputs/net_helpers.h --tmp %t/paths-dispatch -- -std=c++20

#include <boost/asio.hpp>
#include "net_helpers.h"
#include <chrono>
#include <thread>

namespace asio = boost::asio;

struct Handler {
  virtual ~Handler() = default;
  virtual void handle() = 0;
};

struct LookupHandler : Handler {
  explicit LookupHandler(net::Peer &p) : peer(p) {}
  void handle() override { peer.refresh(); }
  net::Peer &peer;
};

void virtualCall(asio::io_context &io, Handler *h) {
  asio::post(io, [h] { h->handle(); });
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: callback blocks its asio loop in 'basic_resolver::resolve' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-7]]:33: note: 'LookupHandler::handle' calls 'Peer::refresh' here
  // CHECK-NOTES: net_helpers.h:15:20: note: 'Peer::refresh' calls 'resolvePeer' here
  // CHECK-NOTES: net_helpers.h:10:12: note: 'resolvePeer' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:27: note: consider 'async_resolve' with a completion handler instead
}

void headerHelper(asio::io_context &io, net::Peer &peer) {
  asio::post(io, [&peer] { peer.refresh(); });
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: callback blocks its asio loop in 'basic_resolver::resolve' [eventloop-blocking-call]
  // CHECK-NOTES: net_helpers.h:15:20: note: 'Peer::refresh' calls 'resolvePeer' here
  // CHECK-NOTES: net_helpers.h:10:12: note: 'resolvePeer' blocks here
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:33: note: consider 'async_resolve' with a completion handler instead
}

// Mutual recursion around the blocking call, and a self-recursive function
// that reaches nothing.
void drain(int n);
void retry(int n) {
  if (n > 0)
    drain(n - 1);
}
void drain(int n) {
  if (n % 2)
    retry(n);
  else
    std::this_thread::sleep_for(std::chrono::milliseconds(n));
}
int depth(int n) { return n > 0 ? depth(n - 1) + 1 : 0; }

void recursion(asio::io_context &io) {
  asio::post(io, [] { retry(depth(4)); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-13]]:5: note: 'retry' calls 'drain' here
  // CHECK-NOTES: :[[@LINE-8]]:23: note: 'drain' blocks here
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:23: note: consider a timer of the event loop instead
}

int main() {
  asio::io_context io;
  net::Peer peer{io};
  LookupHandler handler(peer);
  virtualCall(io, &handler);
  headerHelper(io, peer);
  recursion(io);
  io.run();
}
