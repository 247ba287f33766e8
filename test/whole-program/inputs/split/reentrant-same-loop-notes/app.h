#include <boost/asio.hpp>

void drain(boost::asio::io_context &ctx);

class Pump {
public:
  explicit Pump(boost::asio::io_context &io);
  void start();

private:
  void flush();
  boost::asio::io_context &Io;
};
