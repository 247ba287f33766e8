// Constructors and destructors are calls too: a handler reaches a blocking
// call through a helper that constructs an object whose constructor blocks
// ("constructs" hop), through a local whose destructor blocks (reported at
// the variable, which is destroyed at the end of its scope), and through
// delete. Only eventloop-blocking-call is on, so the blocking constructor is
// not reported as a synchronous client here.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

namespace asio = boost::asio;

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

struct Connection {
  Connection() { nap(); }
};
struct FlushOnExit {
  ~FlushOnExit() { nap(); }
};

Connection connect() { return Connection(); }

void handlers(asio::io_context &io) {
  asio::post(io, [] { Connection c = connect(); (void)c; });
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-5]]:31: note: 'connect' constructs 'Connection' here
  // CHECK-NOTES: :[[@LINE-12]]:18: note: 'Connection::Connection' calls 'nap' here
  // CHECK-NOTES: :[[@LINE-16]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:38: note: consider a timer of the event loop instead
  asio::post(io, [] { FlushOnExit guard; });
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-15]]:20: note: 'FlushOnExit::~FlushOnExit' calls 'nap' here
  // CHECK-NOTES: :[[@LINE-22]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:35: note: consider a timer of the event loop instead
  asio::post(io, [] {
    auto *guard = new FlushOnExit;
    delete guard;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-23]]:20: note: 'FlushOnExit::~FlushOnExit' calls 'nap' here
    // CHECK-NOTES: :[[@LINE-30]]:32: note: 'nap' blocks here
    // CHECK-NOTES: :[[@LINE-6]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-5]]:5: note: consider a timer of the event loop instead
  });
}

int main() {
  asio::io_context io;
  handlers(io);
  io.run();
}
