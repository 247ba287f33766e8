// Paths: a handler reaches a blocking call three or more calls deep, through
// free functions, methods, a lambda held in a variable, a function template
// and a class template, whose instantiations the notes name with their
// arguments. The warning is on the call in the handler; each hop is a note.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

namespace asio = boost::asio;

static void backOff() {
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
}
static void reconnect() { backOff(); }
static void onError() { reconnect(); }

void freeFunctions(asio::io_context &io) {
  asio::post(io, [] { onError(); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-5]]:25: note: 'onError' calls 'reconnect' here
  // CHECK-NOTES: :[[@LINE-7]]:27: note: 'reconnect' calls 'backOff' here
  // CHECK-NOTES: :[[@LINE-10]]:21: note: 'backOff' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:23: note: consider a timer of the event loop instead
}

class Store {
public:
  void commit() { backOff(); }
};

class Session {
public:
  explicit Session(Store &s) : store_(s) {}
  void onRead() { parse(); }
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+7]]:25: note: 'Session::parse' calls 'Store::commit' here
  // CHECK-NOTES: :[[@LINE-9]]:19: note: 'Store::commit' calls 'backOff' here
  // CHECK-NOTES: :[[@LINE-27]]:21: note: 'backOff' blocks here
  // CHECK-NOTES: :[[@LINE+19]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:19: note: consider a timer of the event loop instead

private:
  void parse() { store_.commit(); }
  Store &store_;
};

void methods(asio::io_context &io, Session &s) {
  asio::post(io, [&s] { s.onRead(); });
  // No warning of its own: the lambda's path goes through
  // Session::onRead, itself loop code of the same loop (the std::bind
  // handler below). Its warning above tells the wait once, in the function
  // where the cure goes; a warning here would repeat it
  // (test/analysis/root-through-root.c). A maintainer fixes the wait of
  // Store::commit in one place, and one warning says where.
  //
  // Bound with std::bind, the method itself is the handler: the path starts
  // in its body (the warning above, in Session::onRead).
  asio::post(io, std::bind(&Session::onRead, &s));
}

void lambdaVariable(asio::io_context &io) {
  auto flush = [] { reconnect(); };
  asio::post(io, [flush] { flush(); });
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-3]]:21: note: the lambda calls 'reconnect' here
  // CHECK-NOTES: :[[@LINE-53]]:27: note: 'reconnect' calls 'backOff' here
  // CHECK-NOTES: :[[@LINE-56]]:21: note: 'backOff' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:28: note: consider a timer of the event loop instead
}

template <typename Op> void withRetry(Op op) {
  for (int i = 0; i < 3; ++i)
    op();
}

void functionTemplate(asio::io_context &io) {
  asio::post(io, [] { withRetry([] { backOff(); }); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-6]]:5: note: 'withRetry<(lambda)>' calls the lambda here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: the lambda calls 'backOff' here
  // CHECK-NOTES: :[[@LINE-71]]:21: note: 'backOff' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:23: note: consider a timer of the event loop instead
}

template <typename Item> struct Queue {
  void drain() {
    for (Item &I : Items)
      I.flush();
  }
  Item Items[2];
};

struct Journal {
  void flush() { backOff(); }
};

void classTemplate(asio::io_context &io, Queue<Journal> &q) {
  asio::post(io, [&q] { q.drain(); });
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-12]]:9: note: 'Queue<Journal>::drain' calls 'Journal::flush' here
  // CHECK-NOTES: :[[@LINE-7]]:18: note: 'Journal::flush' calls 'backOff' here
  // CHECK-NOTES: :[[@LINE-93]]:21: note: 'backOff' blocks here
  // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:27: note: consider a timer of the event loop instead
}

int main() {
  asio::io_context io;
  Store store;
  Session session(store);
  freeFunctions(io);
  methods(io, session);
  lambdaVariable(io);
  functionTemplate(io);
  Queue<Journal> q;
  classTemplate(io, q);
  io.run();
}
