#include <boost/asio.hpp>
namespace asio = boost::asio;
class Ticker {
public:
  explicit Ticker(asio::io_context &io);
  void start();
  void post();
private:
  asio::io_context &io_;
  asio::steady_timer timer_;
};
