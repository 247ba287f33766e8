// Loop identity: which io_context an expression names. A reference and a
// pointer to the loop are the loop; a loop parameter is the argument the
// path passed (the same lambda run with the handler's loop and with another
// loop gives "same" and "unknown"); a timer field made on the loop in the
// constructor's initializer list carries the loop to its handler; a loop
// made with new on the path is private.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <future>

namespace asio = boost::asio;
using boost::system::error_code;

void aliases(asio::io_context &io) {
  asio::io_context &ref = io;
  asio::post(io, [&ref] { ref.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::io_context *ptr = &io;
  asio::post(*ptr, [&io] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

void parameters(asio::io_context &a, asio::io_context &b) {
  auto runIt = [](asio::io_context &ctx) { ctx.run(); };
  asio::post(a, [&] { runIt(a); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own asio loop 'a' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-3]]:48: note: the lambda runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:23: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::post(a, [&] { runIt(b); });
  // CHECK-FIXES: asio::post(a, [&] { std::async(std::launch::async, [&] { return runIt(b); }).get(); });
  // CHECK-NOTES: :[[@LINE-2]]:23: warning: callback blocks its asio loop until the loop 'b' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-9]]:48: note: the lambda runs the event loop here
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
}

class Ticker {
public:
  explicit Ticker(asio::io_context &io) : io_(io), timer_(io) {}
  void start() {
    timer_.async_wait([this](error_code) { io_.run(); });
    // CHECK-NOTES: :[[@LINE-1]]:48: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-2]]:12: note: callback registered with 'basic_waitable_timer::async_wait' here
    // CHECK-NOTES: :[[@LINE-3]]:48: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  }

private:
  asio::io_context &io_;
  asio::steady_timer timer_;
};

void onHeap(asio::io_context &io) {
  asio::post(io, [] {
    auto *mine = new asio::io_context;
    mine->run();
    // CHECK-FIXES: std::async(std::launch::async, [&] { return mine->run(); }).get();
    // CHECK-NOTES: :[[@LINE-2]]:11: warning: callback blocks its asio loop until the private loop 'mine' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-5]]:9: note: callback registered with 'boost::asio::post' here
    delete mine;
  });
}

int main() {
  asio::io_context io, other;
  aliases(io);
  parameters(io, other);
  Ticker ticker(io);
  ticker.start();
  onHeap(io);
  io.run();
}
