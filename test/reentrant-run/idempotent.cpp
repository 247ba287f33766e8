// Code that the fix-it already rewrote: the call now runs on a worker
// thread (an offload boundary) and the wait on the offload is the cure itself,
// so running the checks again reports nothing and changes nothing.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <future>

static int fetch(int id) {
  boost::asio::io_context request;
  request.run();
  return id;
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { int n = std::async(std::launch::async, [&] { return fetch(1); }).get(); (void)n; });
  boost::asio::post(io, [] { std::async(std::launch::async, [&] { return fetch(2); }).get(); });
}
