// Input for run-clang-tidy.test.
#include <boost/asio.hpp>

static void fetch() {
  boost::asio::io_context request;
  request.run();
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] {
    fetch();
  });
}
