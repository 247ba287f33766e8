// Nothing to report.
#include <boost/asio.hpp>

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] {});
  io.run();
}
