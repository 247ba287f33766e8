// Does not compile: clang-tidy reports the error and exits with status 1.
#include <boost/asio.hpp>

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { undeclared(); });
}
