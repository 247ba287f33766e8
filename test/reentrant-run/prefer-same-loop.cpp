// One warning per starting call: when the call reaches both a private loop
// (nearer) and the loop that runs the callback (further), the same-loop path
// is the one reported, and no offload fix-it is offered, since offloading
// would not cure the re-entry.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

static void fetch() {
  boost::asio::io_context request;
  request.run();
}

struct Pump {
  boost::asio::io_context &Io;
  void drain() { Io.poll(); }
  void tick() {
    fetch();
    drain();
  }
  void start() { boost::asio::post(Io, [this] { tick(); }); }
  // CHECK-NOTES: :[[@LINE-1]]:49: warning: callback re-enters its own asio loop 'Io' through 'io_context::poll'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :19:5: note: 'Pump::tick' calls 'Pump::drain' here
  // CHECK-NOTES: :16:21: note: 'Pump::drain' runs the event loop here
  // CHECK-NOTES: :[[@LINE-4]]:31: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:49: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
};
