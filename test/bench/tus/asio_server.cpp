// Benchmark TU: a Boost.Asio TCP echo server with a timer (real headers).
#include <boost/asio.hpp>
#include <array>
#include <chrono>
#include <memory>

using boost::asio::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
  explicit Session(tcp::socket Socket) : Socket(std::move(Socket)) {}
  void start() { read(); }

private:
  void read() {
    auto Self = shared_from_this();
    Socket.async_read_some(boost::asio::buffer(Data),
                           [this, Self](boost::system::error_code Ec, std::size_t N) {
                             if (!Ec)
                               write(N);
                           });
  }
  void write(std::size_t N) {
    auto Self = shared_from_this();
    boost::asio::async_write(Socket, boost::asio::buffer(Data, N),
                             [this, Self](boost::system::error_code Ec, std::size_t) {
                               if (!Ec)
                                 read();
                             });
  }
  tcp::socket Socket;
  std::array<char, 1024> Data;
};

class Server {
public:
  Server(boost::asio::io_context &Io, unsigned short Port)
      : Acceptor(Io, tcp::endpoint(tcp::v4(), Port)), Tick(Io) {
    accept();
    tick();
  }

private:
  void accept() {
    Acceptor.async_accept([this](boost::system::error_code Ec, tcp::socket S) {
      if (!Ec)
        std::make_shared<Session>(std::move(S))->start();
      accept();
    });
  }
  void tick() {
    Tick.expires_after(std::chrono::seconds(1));
    Tick.async_wait([this](boost::system::error_code) { tick(); });
  }
  tcp::acceptor Acceptor;
  boost::asio::steady_timer Tick;
};

int main() {
  boost::asio::io_context Io;
  Server S(Io, 5555);
  Io.run();
}
