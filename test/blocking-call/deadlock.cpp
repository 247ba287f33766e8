// A wait, in loop code, on a future that the same loop must complete never
// ends: the message says it deadlocks and a note shows where the loop is
// asked to complete it. A future completed elsewhere only blocks.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <future>
#include <thread>

void promiseOnSameLoop(boost::asio::io_context &io, std::promise<int> &p) {
  boost::asio::post(io, [&] {
    std::future<int> f = p.get_future();
    boost::asio::post(io, [&] { p.set_value(1); });
    f.get();
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: callback waits in 'future::get' for a future that its own asio loop 'io' must complete; this deadlocks [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-5]]:16: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:18: note: the future is completed by work on the same loop, queued here
    // CHECK-NOTES: :[[@LINE-4]]:7: note: consider a completion callback instead
  });
}

void useFutureOnSameLoop(boost::asio::io_context &io) {
  boost::asio::steady_timer timer(io, std::chrono::milliseconds(1));
  boost::asio::post(io, [&] {
    std::future<void> done = timer.async_wait(boost::asio::use_future);
    done.wait();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback waits in 'future::wait' for a future that its own asio loop 'io' must complete; this deadlocks [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:16: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:36: note: the future is completed by work on the same loop, queued here
    // CHECK-NOTES: :[[@LINE-4]]:10: note: consider a completion callback instead
  });
}

void promiseFromThread(boost::asio::io_context &io, std::promise<int> &p) {
  std::thread worker([&] { p.set_value(2); });
  boost::asio::post(io, [&] {
    std::future<int> f = p.get_future();
    f.get();
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: callback blocks its asio loop in 'future::get' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:16: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:7: note: consider a completion callback instead
  });
  worker.join();
}
