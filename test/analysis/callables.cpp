// Callables: the function that will run is found through a function
// pointer variable, a std::function, a functor object, std::bind of a free
// function and of a method, and a lambda variable. A lambda handed to
// library code that may call it synchronously (std::for_each) is followed,
// with a note saying so.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <algorithm>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

namespace asio = boost::asio;

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

void viaPointer() { nap(); }
// CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-4]]:32: note: 'nap' blocks here
// CHECK-NOTES: :[[@LINE+29]]:9: note: callback registered with 'boost::asio::post' here
// CHECK-NOTES: :[[@LINE-4]]:21: note: consider a timer of the event loop instead
void viaFunction() { nap(); }
// CHECK-NOTES: :[[@LINE-1]]:22: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-9]]:32: note: 'nap' blocks here
// CHECK-NOTES: :[[@LINE+26]]:9: note: callback registered with 'boost::asio::post' here
// CHECK-NOTES: :[[@LINE-4]]:22: note: consider a timer of the event loop instead
struct Flusher {
  void operator()() const { nap(); }
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-15]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE+22]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:29: note: consider a timer of the event loop instead
};
void withArg(int) { nap(); }
// CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-21]]:32: note: 'nap' blocks here
// CHECK-NOTES: :[[@LINE+17]]:9: note: callback registered with 'boost::asio::post' here
// CHECK-NOTES: :[[@LINE-4]]:21: note: consider a timer of the event loop instead
struct Job {
  void run() { nap(); }
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-27]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE+12]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:16: note: consider a timer of the event loop instead
};

void handlers(asio::io_context &io, Job &job) {
  void (*fp)() = viaPointer;
  asio::post(io, fp);
  std::function<void()> fn = viaFunction;
  asio::post(io, fn);
  Flusher flusher;
  asio::post(io, flusher);
  asio::post(io, std::bind(withArg, 1));
  asio::post(io, std::bind(&Job::run, &job));
  auto later = [] { nap(); };
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-43]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE+2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:21: note: consider a timer of the event loop instead
  asio::post(io, later);
}

void visitAll(const std::vector<int> &v) {
  std::for_each(v.begin(), v.end(), [](int) { nap(); });
}

void passed(asio::io_context &io) {
  asio::post(io, [] { visitAll({1, 2, 3}); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-6]]:8: note: 'visitAll' passes the lambda to 'std::for_each', which may call it
  // CHECK-NOTES: :[[@LINE-7]]:47: note: the lambda calls 'nap' here
  // CHECK-NOTES: :[[@LINE-58]]:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:23: note: consider a timer of the event loop instead
}

int main() {
  asio::io_context io;
  Job job;
  handlers(io, job);
  passed(io);
  io.run();
}
