#include <boost/asio.hpp>

void fetch();

struct Pump {
  boost::asio::io_context &Io;
  void drain();
  void tick();
  void start();
};
