// Standalone asio (libasio-dev, namespace asio, no Boost): the same model
// patterns cover it. A handler re-enters its own io_context; another runs a
// private io_context through a helper (offload fix-it); a third blocks in
// asio::read.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20

#include <asio.hpp>
// CHECK-FIXES: #include <future>

int fetchBlocking() {
  asio::io_context local;
  local.run();
  return 42;
}

int main() {
  asio::io_context io;
  asio::ip::tcp::socket sock(io);
  asio::post(io, [&io] { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:29: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::post(io, [] { fetchBlocking(); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop until the private loop 'local' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-13]]:9: note: 'fetchBlocking' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'asio::post' here
  // CHECK-FIXES: asio::post(io, [] { std::async(std::launch::async, [&] { return fetchBlocking(); }).get(); });
  asio::post(io, [&sock] {
    char buf[4];
    asio::read(sock, asio::buffer(buf));
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its asio loop in 'asio::read' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider 'asio::async_read' with a completion handler instead
  });
  io.run();
}
