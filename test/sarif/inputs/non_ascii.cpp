// Prices in € — non-ASCII text before the warnings, so that SARIF's UTF-16
// columns and character offsets differ from clang's byte columns and offsets.
#include <boost/asio.hpp>
#include <string>

static std::string quote(const char *symbol) {
  boost::asio::io_context private_loop;
  std::string result;
  boost::asio::post(private_loop, [&] { result = symbol; });
  private_loop.run();
  return result;
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { /* «€» 😀 */ quote("ÄCME"); });
  boost::asio::post(io, [] { auto q = quote("x"); (void)q; });
}
