// Roots: handlers handed to post, dispatch and defer, on the io_context, on
// its executor, on strands made on it, and through io_context::post. Each
// handler runs the loop it was posted to: the same loop, found through the
// registration's first operand.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

namespace asio = boost::asio;

void onContext(asio::io_context &io) {
  asio::post(io, [&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::dispatch(io, [&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::dispatch' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::defer(io, [&] { io.run_one(); });
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: callback re-enters its own asio loop 'io' through 'io_context::run_one'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::defer' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

void onExecutor(asio::io_context &io) {
  asio::post(io.get_executor(), [&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:42: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::dispatch(io.get_executor(), [&] { io.poll(); });
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: callback re-enters its own asio loop 'io' through 'io_context::poll'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::dispatch' here
  // CHECK-NOTES: :[[@LINE-3]]:46: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

void onStrand(asio::io_context &io) {
  asio::io_context::strand legacy(io);
  asio::post(legacy, [&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  legacy.post([&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: callback registered with 'strand::post' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::strand<asio::io_context::executor_type> strand(io.get_executor());
  asio::post(strand, [&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

void memberPost(asio::io_context &io) {
  io.post([&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: callback registered with 'io_context::post' here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  io.dispatch([&] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:6: note: callback registered with 'io_context::dispatch' here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

int main() {
  asio::io_context io;
  onContext(io);
  onExecutor(io);
  onStrand(io);
  memberPost(io);
  io.run();
}
