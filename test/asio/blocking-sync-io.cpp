// Blocking calls in handlers: the synchronous forms of asio's operations
// (each note names the asynchronous form), a sleep, and a wait on a future
// that another thread completes.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <thread>

namespace asio = boost::asio;
using boost::system::error_code;

void syncReadWrite(asio::io_context &io, asio::ip::tcp::socket &sock) {
  asio::post(io, [&sock] {
    char buf[16];
    asio::read(sock, asio::buffer(buf));
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its asio loop in 'boost::asio::read' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider 'asio::async_read' with a completion handler instead
    asio::write(sock, asio::buffer(buf));
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its asio loop in 'boost::asio::write' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-8]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider 'asio::async_write' with a completion handler instead
  });
}

void syncTimer(asio::io_context &io) {
  asio::post(io, [&io] {
    asio::steady_timer timer(io, std::chrono::seconds(1));
    timer.wait();
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its asio loop in 'basic_waitable_timer::wait' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider 'async_wait' with a completion handler instead
  });
}

void syncResolve(asio::io_context &io) {
  asio::post(io, [&io] {
    asio::ip::tcp::resolver resolver(io);
    auto endpoints = resolver.resolve("example.org", "https");
    // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback blocks its asio loop in 'basic_resolver::resolve' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:31: note: consider 'async_resolve' with a completion handler instead
    (void)endpoints;
  });
}

void sleeps(asio::io_context &io) {
  asio::post(io, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:41: note: consider a timer of the event loop instead
}

int compute() { return 6 * 7; }

// The future is completed by a worker thread, not by the loop: it blocks,
// but it does not deadlock.
void waitsForWorker(asio::io_context &io) {
  asio::post(io, [] {
    std::future<int> answer = std::async(std::launch::async, compute);
    int n = answer.get();
    // CHECK-NOTES: :[[@LINE-1]]:20: warning: callback blocks its asio loop in 'future::get' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:20: note: consider a completion callback instead
    (void)n;
  });
}

int main() {
  asio::io_context io;
  asio::ip::tcp::socket sock(io);
  syncReadWrite(io, sock);
  syncTimer(io);
  syncResolve(io);
  sleeps(io);
  waitsForWorker(io);
  io.run();
}
