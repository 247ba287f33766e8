// Roots: completion handlers of asynchronous operations. The loop of an I/O
// object is the io_context it was made on, so a handler that runs that
// io_context re-enters its own loop: the timer and socket carry the loop to
// the handler through their construction.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

namespace asio = boost::asio;
using boost::system::error_code;

void timerWait(asio::io_context &io) {
  asio::steady_timer timer(io);
  timer.async_wait([&](error_code) { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'basic_waitable_timer::async_wait' here
  // CHECK-NOTES: :[[@LINE-3]]:41: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

void freeReadWrite(asio::io_context &io) {
  static char buf[64];
  asio::ip::tcp::socket sock(io);
  asio::async_read(sock, asio::buffer(buf),
                   [&](error_code, std::size_t) { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:54: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::async_read' here
  // CHECK-NOTES: :[[@LINE-3]]:54: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  asio::async_write(sock, asio::buffer(buf),
                    [&](error_code, std::size_t) { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:55: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::async_write' here
  // CHECK-NOTES: :[[@LINE-3]]:55: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

void memberReadSome(asio::io_context &io) {
  static char buf[64];
  asio::ip::tcp::socket sock(io);
  sock.async_read_some(asio::buffer(buf),
                       [&](error_code, std::size_t) { io.run(); });
  // CHECK-NOTES: :[[@LINE-1]]:58: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-3]]:8: note: callback registered with 'basic_stream_socket::async_read_some' here
  // CHECK-NOTES: :[[@LINE-3]]:58: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

// The strand decides where the handler runs; the strand is made on io.
void boundToStrand(asio::io_context &io) {
  asio::steady_timer timer(io);
  asio::io_context::strand strand(io);
  timer.async_wait(asio::bind_executor(strand, [&](error_code) { io.run(); }));
  // CHECK-NOTES: :[[@LINE-1]]:69: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'basic_waitable_timer::async_wait' here
  // CHECK-NOTES: :[[@LINE-3]]:69: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  timer.async_wait(strand.wrap([&](error_code) { io.run(); }));
  // CHECK-NOTES: :[[@LINE-1]]:53: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: callback registered with 'basic_waitable_timer::async_wait' here
  // CHECK-NOTES: :[[@LINE-3]]:53: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

int main() {
  asio::io_context io;
  timerWait(io);
  freeReadWrite(io);
  memberReadSome(io);
  boundToStrand(io);
  io.run();
}
