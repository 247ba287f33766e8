// A handler waits for a future that an asynchronous operation of its own
// io_context completes: the loop that must run the completion is the loop
// the handler blocks, so the wait never ends. A future completed by a
// different io_context only blocks.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <future>

namespace asio = boost::asio;

void deadlock(asio::io_context &io) {
  asio::post(io, [&io] {
    asio::steady_timer timer(io, std::chrono::milliseconds(10));
    std::future<void> expired = timer.async_wait(asio::use_future);
    expired.get();
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback waits in 'future::get' for a future that its own asio loop 'io' must complete; this deadlocks [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:39: note: the future is completed by work on the same loop, queued here
    // CHECK-NOTES: :[[@LINE-4]]:13: note: consider a completion callback instead
  });
}

void otherLoop(asio::io_context &io, asio::io_context &worker) {
  asio::post(io, [&worker] {
    asio::steady_timer timer(worker, std::chrono::milliseconds(10));
    std::future<void> expired = timer.async_wait(asio::use_future);
    expired.get();
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback blocks its asio loop in 'future::get' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: consider a completion callback instead
  });
}

int main() {
  asio::io_context io, worker;
  deadlock(io);
  otherLoop(io, worker);
  io.run();
}
