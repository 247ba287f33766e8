// Synchronous socket operations on a socket that the code puts into
// non_blocking(true) mode fail with would_block instead of waiting: in a
// handler after async_wait they are the reactor style, not a blocking call.
// The mode follows the socket into a reference member initialised from a
// constructor parameter (also when the constructor is defined outside its
// class), a reference parameter and a reference variable. A reference that
// may also refer to a blocking socket, and a socket set to
// non_blocking(false), still block.
// (Found on asio 1.38.2 src/examples/cpp11/nonblocking/third_party_lib.cpp.)
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <array>
#include <memory>

namespace asio = boost::asio;
using asio::ip::tcp;
using boost::system::error_code;

// A library that reads and writes the socket it was given, as told.
class session {
public:
  explicit session(tcp::socket &socket);
  void do_read(error_code &ec) { socket_.read_some(asio::buffer(data_), ec); }
  void do_write(error_code &ec) { socket_.write_some(asio::buffer(data_), ec); }

private:
  tcp::socket &socket_;
  std::array<char, 128> data_{};
};

session::session(tcp::socket &socket) : socket_(socket) {}

class connection : public std::enable_shared_from_this<connection> {
public:
  explicit connection(tcp::socket socket) : socket_(std::move(socket)) {}

  void start() {
    socket_.non_blocking(true);
    socket_.async_wait(tcp::socket::wait_read,
                       [this, self = shared_from_this()](error_code ec) {
                         if (!ec)
                           session_.do_read(ec);
                         if (!ec)
                           session_.do_write(ec);
                         drain(socket_);
                         tcp::socket &alias = socket_;
                         alias.receive(asio::buffer(buf_), 0, ec);
                       });
  }

private:
  void drain(tcp::socket &s) {
    error_code ec;
    s.read_some(asio::buffer(buf_), ec);
  }

  tcp::socket socket_;
  session session_{socket_};
  std::array<char, 16> buf_{};
};

// Negatives of the exemption: a reference that also names a blocking
// socket, and a socket switched back to blocking mode. readFrom's read_some
// is one call for both sockets, so both calls of readFrom are reported.
void readFrom(tcp::socket &s) {
  char c;
  s.read_some(asio::buffer(&c, 1));
}

void mixed(asio::io_context &io, tcp::socket &quiet, tcp::socket &plain,
           tcp::socket &reset) {
  quiet.non_blocking(true);
  reset.non_blocking(false);
  asio::post(io, [&] {
    readFrom(quiet);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its asio loop in 'basic_stream_socket::read_some' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-10]]:5: note: 'readFrom' blocks here
    // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: consider 'async_read_some' with a completion handler instead
    readFrom(plain);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its asio loop in 'basic_stream_socket::read_some' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-15]]:5: note: 'readFrom' blocks here
    // CHECK-NOTES: :[[@LINE-9]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: consider 'async_read_some' with a completion handler instead
    reset.send(asio::buffer("x", 1));
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its asio loop in 'basic_stream_socket::send' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-13]]:9: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider 'async_send' with a completion handler instead
  });
}
