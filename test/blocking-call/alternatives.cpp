// Blocking calls reachable from loop code, each with the asynchronous form
// the model knows; no fix-it, since offloading a wait still blocks the loop.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

using boost::asio::ip::tcp;

static void readRequest(tcp::socket &socket) {
  char data[64];
  boost::asio::read(socket, boost::asio::buffer(data));
}

void serve(boost::asio::io_context &io, tcp::socket &socket) {
  boost::asio::post(io, [&] { readRequest(socket); });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback blocks its asio loop in 'boost::asio::read' [eventloop-blocking-call]
  // CHECK-NOTES: :13:16: note: 'readRequest' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-4]]:31: note: consider 'asio::async_read' with a completion handler instead
  boost::asio::post(io, [] { std::this_thread::sleep_for(std::chrono::milliseconds(5)); });
  // CHECK-NOTES: :[[@LINE-1]]:48: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-3]]:48: note: consider a timer of the event loop instead
  boost::asio::post(io, [] { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }); // NOLINT(eventloop-blocking-call)
}

int main() {
  boost::asio::io_context io;
  tcp::socket socket(io);
  // Reached only from main: not loop code.
  readRequest(socket);
  serve(io, socket);
  io.run();
}
