// A timed wait on a std::future with a zero timeout only asks whether it is
// ready (a poll), however the zero is written; a get() in the branch that
// such a check guards returns at once. A wait with a real timeout, and a
// get() after the guarded one but outside the guard, still block.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <future>

using namespace std::chrono_literals;

std::future<int> result;
int last = 0;

void pollResult() {
  if (result.wait_for(0s) == std::future_status::ready)
    last = result.get();
  if (result.wait_for(std::chrono::milliseconds(0)) ==
      std::future_status::timeout)
    return;
  if (result.wait_for(std::chrono::seconds::zero()) ==
      std::future_status::ready)
    last += result.get();
}

void waitBriefly() {
  result.wait_for(2s);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its asio loop in 'future::wait_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+15]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: consider a completion callback instead
}

void getAfterCheck() {
  if (result.wait_for(0s) == std::future_status::ready)
    last = result.get();
  last += result.get();
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its asio loop in 'future::get' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+7]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:18: note: consider a completion callback instead
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, pollResult);
  boost::asio::post(io, waitBriefly);
  boost::asio::post(io, getAfterCheck);
}
