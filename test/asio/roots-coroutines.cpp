// Roots: coroutines. A lambda handed to co_spawn runs on the io_context it
// was spawned on; a function returning awaitable<> is loop code by its very
// type (note "coroutine runs on the asio executor"), wherever it is spawned;
// a stackful coroutine taking a yield_context likewise.
// Boost 1.74 enables co_await only for clang's old coroutine TS, so the test
// turns it on; awaitable.hpp uses std::exchange without including <utility>.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT

#include <utility>
#include <boost/asio.hpp>
#include <boost/asio/spawn.hpp>
#include <thread>

namespace asio = boost::asio;

void spawnLambda(asio::io_context &io) {
  asio::co_spawn(
      io, [&]() -> asio::awaitable<void> { io.run(); co_return; },
      asio::detached);
  // CHECK-NOTES: :[[@LINE-2]]:47: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::co_spawn' here
  // CHECK-NOTES: :[[@LINE-4]]:47: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

asio::awaitable<void> session() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-3]]:23: note: coroutine runs on the asio executor
  // CHECK-NOTES: :[[@LINE-3]]:21: note: consider a timer of the event loop instead
  co_return;
}

void stackful(asio::yield_context yield) {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+23]]:9: note: callback registered with 'boost::asio::spawn' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: consider a timer of the event loop instead
}

// Spawned by another translation unit: loop code by its parameter type.
void stackfulElsewhere(asio::yield_context yield) {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-3]]:6: note: stackful coroutine runs on the asio executor
  // CHECK-NOTES: :[[@LINE-3]]:21: note: consider a timer of the event loop instead
}

void spawnStackful(asio::io_context &io) {
  asio::spawn(io, [&](asio::yield_context yield) { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:55: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'boost::asio::spawn' here
  // CHECK-NOTES: :[[@LINE-3]]:55: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

int main() {
  asio::io_context io;
  spawnLambda(io);
  asio::co_spawn(io, session(), asio::detached);
  asio::spawn(io, stackful);
  spawnStackful(io);
  io.run();
}
