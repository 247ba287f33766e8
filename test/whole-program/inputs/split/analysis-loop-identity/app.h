#include <boost/asio.hpp>

namespace asio = boost::asio;
using boost::system::error_code;

void aliases(asio::io_context &io);
void parameters(asio::io_context &a, asio::io_context &b);
void onHeap(asio::io_context &io);

class Ticker {
public:
  explicit Ticker(asio::io_context &io);
  void start();

private:
  asio::io_context &io_;
  asio::steady_timer timer_;
};
