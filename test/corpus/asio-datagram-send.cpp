// Synchronous datagram sends in asio completion handlers, with standalone
// asio as the examples use it. They block only while the socket's send
// buffer is full, but they are synchronous I/O on the loop thread.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20

#include <asio.hpp>
#include <array>
#include <ctime>
#include <deque>
#include <memory>
#include <set>
#include <string>

using asio::ip::tcp;
using asio::ip::udp;

// Minimised from asio 1.38.2 src/examples/cpp11/fork/daemon.cpp:45: a UDP
// server answers each datagram with send_to from the receive handler.
class time_responder {
public:
  explicit time_responder(asio::io_context &io) : socket_(io, {udp::v4(), 9013}) {
    wait_for_request();
  }

private:
  void wait_for_request() {
    socket_.async_receive_from(
        asio::buffer(request_), peer_, [this](std::error_code ec, std::size_t) {
          if (!ec) {
            std::time_t now = std::time(nullptr);
            std::string reply = std::ctime(&now);
            std::error_code ignored;
            socket_.send_to(asio::buffer(reply), peer_, 0, ignored);
            // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its asio loop in 'basic_datagram_socket::send_to' [eventloop-blocking-call]
            // CHECK-NOTES: :[[@LINE-8]]:13: note: callback registered with 'basic_datagram_socket::async_receive_from' here
            // CHECK-NOTES: :[[@LINE-3]]:21: note: consider 'async_send_to' with a completion handler instead
          }
          wait_for_request();
        });
  }

  udp::socket socket_;
  udp::endpoint peer_;
  std::array<char, 1> request_;
};

// Minimised from asio 1.38.2 src/examples/cpp11/timeouts/server.cpp:219: a
// read handler hands a line to a channel, which delivers it to every
// subscriber through a virtual call; one override sends on a connected UDP
// socket, the other only queues. The relay's synchronous connect, made from
// main, is not loop code.
class listener {
public:
  virtual ~listener() = default;
  virtual void deliver(const std::string &line) = 0;
};

class hub {
public:
  void subscribe(std::shared_ptr<listener> l) { listeners_.insert(l); }
  void deliver(const std::string &line) {
    for (const auto &l : listeners_)
      l->deliver(line);
  }

private:
  std::set<std::shared_ptr<listener>> listeners_;
};

class udp_relay : public listener {
public:
  udp_relay(asio::io_context &io, const udp::endpoint &to) : socket_(io) {
    socket_.connect(to);
  }

private:
  void deliver(const std::string &line) override {
    std::error_code ignored;
    socket_.send(asio::buffer(line), 0, ignored);
  }

  udp::socket socket_;
};

class line_reader : public listener {
public:
  line_reader(tcp::socket s, hub &h) : socket_(std::move(s)), hub_(h) {}

  void read_line() {
    asio::async_read_until(socket_, asio::dynamic_buffer(input_), '\n',
                           [this](std::error_code ec, std::size_t n) {
                             if (ec)
                               return;
                             std::string line = input_.substr(0, n - 1);
                             input_.erase(0, n);
                             hub_.deliver(line);
                             // CHECK-NOTES: :[[@LINE-1]]:35: warning: callback blocks its asio loop in 'basic_datagram_socket::send' [eventloop-blocking-call]
                             // CHECK-NOTES: :[[@LINE-35]]:10: note: 'hub::deliver' calls 'udp_relay::deliver' here
                             // CHECK-NOTES: :[[@LINE-20]]:13: note: 'udp_relay::deliver' blocks here
                             // CHECK-NOTES: :[[@LINE-10]]:11: note: callback registered with 'asio::async_read_until' here
                             // CHECK-NOTES: :[[@LINE-5]]:35: note: consider 'async_send' with a completion handler instead
                             read_line();
                           });
  }

private:
  void deliver(const std::string &line) override { pending_.push_back(line); }

  tcp::socket socket_;
  hub &hub_;
  std::string input_;
  std::deque<std::string> pending_;
};

int main() {
  asio::io_context io;
  time_responder responder(io);
  hub h;
  h.subscribe(std::make_shared<udp_relay>(
      io, udp::endpoint(asio::ip::make_address("127.0.0.1"), 9014)));
  auto reader = std::make_shared<line_reader>(tcp::socket(io), h);
  h.subscribe(reader);
  reader->read_line();
  io.run();
}
