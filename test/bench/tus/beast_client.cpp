// Benchmark TU: a Boost.Beast asynchronous HTTP client (real headers).
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>
#include <memory>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

class Fetch : public std::enable_shared_from_this<Fetch> {
public:
  explicit Fetch(boost::asio::io_context &Io) : Resolver(Io), Stream(Io) {}
  void run(const std::string &Host, const std::string &Target) {
    Req.method(http::verb::get);
    Req.target(Target);
    Req.set(http::field::host, Host);
    Resolver.async_resolve(Host, "80",
                           [self = shared_from_this()](beast::error_code Ec,
                                                       tcp::resolver::results_type R) {
                             if (!Ec)
                               self->connect(R);
                           });
  }

private:
  void connect(tcp::resolver::results_type R) {
    Stream.async_connect(R, [self = shared_from_this()](beast::error_code Ec,
                                                        tcp::endpoint) {
      if (!Ec)
        self->send();
    });
  }
  void send() {
    http::async_write(Stream, Req,
                      [self = shared_from_this()](beast::error_code Ec, std::size_t) {
                        if (!Ec)
                          self->receive();
                      });
  }
  void receive() {
    http::async_read(Stream, Buffer, Res,
                     [self = shared_from_this()](beast::error_code, std::size_t) {
                       std::cout << self->Res << '\n';
                     });
  }
  tcp::resolver Resolver;
  beast::tcp_stream Stream;
  beast::flat_buffer Buffer;
  http::request<http::empty_body> Req;
  http::response<http::string_body> Res;
};

int main() {
  boost::asio::io_context Io;
  std::make_shared<Fetch>(Io)->run("localhost", "/");
  Io.run();
}
