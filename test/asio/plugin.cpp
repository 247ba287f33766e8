// The asio model through clang-tidy-22 with the plugin loaded: the same
// analysis as the standalone binary, for all three checks at once.
// RUN: %check_eventloop_plugin %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

namespace asio = boost::asio;

class Poller {
public:
  explicit Poller(asio::io_context &io) : io_(io), timer_(io) {}

  void start() {
    timer_.async_wait([this](boost::system::error_code) { tick(); });
    // CHECK-NOTES: :[[@LINE-1]]:59: warning: callback blocks its asio loop in 'basic_waitable_timer::wait' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+11]]:12: note: 'Poller::tick' blocks here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: callback registered with 'basic_waitable_timer::async_wait' here
    // CHECK-NOTES: :[[@LINE-4]]:59: note: consider 'async_wait' with a completion handler instead
    // CHECK-NOTES: :[[@LINE-5]]:59: warning: callback re-enters its own asio loop 'io' through 'io_context::poll'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+8]]:9: note: 'Poller::tick' runs the event loop here
    // CHECK-NOTES: :[[@LINE-7]]:12: note: callback registered with 'basic_waitable_timer::async_wait' here
    // CHECK-NOTES: :[[@LINE-8]]:59: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  }

private:
  void tick() {
    timer_.wait();
    io_.poll();
  }

  asio::io_context &io_;
  asio::steady_timer timer_;
};

int main() {
  asio::io_context io;
  Poller poller(io);
  poller.start();
  io.run();
}
