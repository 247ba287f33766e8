// Re-entering the loop that runs the callback: no fix-it can cure it, and a
// note says what does. The loop is followed through a parameter and a field.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

static void drain(boost::asio::io_context &ctx) { ctx.poll(); }

class Pump {
public:
  explicit Pump(boost::asio::io_context &io) : Io(io) {}
  void start() {
    boost::asio::post(Io, [this] { flush(); });
    // CHECK-NOTES: :[[@LINE-1]]:36: warning: callback re-enters its own asio loop 'io' through 'io_context::run_one'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
    // CHECK-NOTES: :21:21: note: 'Pump::flush' runs the event loop here
    // CHECK-NOTES: :13:18: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:36: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  }

private:
  void flush() { Io.run_one(); }
  boost::asio::io_context &Io;
};

int main() {
  boost::asio::io_context io;
  boost::asio::post(io, [&] { drain(io); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback re-enters its own asio loop 'io' through 'io_context::poll'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :7:55: note: 'drain' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:31: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  Pump pump(io);
  pump.start();
  io.run();
}
