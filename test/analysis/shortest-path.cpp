// Path selection: each call in a handler that leads to a sink gives one
// warning, with the shortest path from that call (a helper with a near and
// a far route is reported through the near one; a helper with two sinks
// through the first). Two calls to the same helper are two warnings. A
// function registered twice is reported once, through its first
// registration.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

namespace asio = boost::asio;

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
void far3() { nap(); }
void far2() { far3(); }
void far1() { far2(); }

void nearAndFar(bool quick) {
  if (quick)
    far1();
  else
    nap();
}

void twoSinks() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  nap();
}

void choose(asio::io_context &io) {
  asio::post(io, [&io] { nearAndFar(io.stopped()); });
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-11]]:5: note: 'nearAndFar' calls 'nap' here
  // CHECK-NOTES: :[[@LINE-21]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: consider a timer of the event loop instead
  asio::post(io, [] { twoSinks(); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-13]]:21: note: 'twoSinks' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:23: note: consider a timer of the event loop instead
}

void sameHelperTwice(asio::io_context &io) {
  asio::post(io, [] {
    far2();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-33]]:15: note: 'far2' calls 'far3' here
    // CHECK-NOTES: :[[@LINE-35]]:15: note: 'far3' calls 'nap' here
    // CHECK-NOTES: :[[@LINE-37]]:32: note: 'nap' blocks here
    // CHECK-NOTES: :[[@LINE-6]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-6]]:5: note: consider a timer of the event loop instead
    far2();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-40]]:15: note: 'far2' calls 'far3' here
    // CHECK-NOTES: :[[@LINE-42]]:15: note: 'far3' calls 'nap' here
    // CHECK-NOTES: :[[@LINE-44]]:32: note: 'nap' blocks here
    // CHECK-NOTES: :[[@LINE-13]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-6]]:5: note: consider a timer of the event loop instead
  });
}

void onTick() { far3(); }
// CHECK-NOTES: :[[@LINE-1]]:17: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-51]]:15: note: 'far3' calls 'nap' here
// CHECK-NOTES: :[[@LINE-53]]:32: note: 'nap' blocks here
// CHECK-NOTES: :[[@LINE+4]]:9: note: callback registered with 'boost::asio::post' here
// CHECK-NOTES: :[[@LINE-5]]:17: note: consider a timer of the event loop instead

void registeredTwice(asio::io_context &io) {
  asio::post(io, onTick);
  asio::post(io, onTick);
}

int main() {
  asio::io_context io;
  choose(io);
  sameHelperTwice(io);
  registeredTwice(io);
  io.run();
}
