// A helper in a header, so that a note of the SARIF test points into a
// second file: it runs a private io_context until the lookup finishes.
#pragma once

#include <boost/asio.hpp>
#include <string>

inline std::string lookupQuote(const std::string &symbol) {
  boost::asio::io_context lookup;
  std::string result;
  boost::asio::post(lookup, [&] { result = symbol + " 42.0"; });
  lookup.run();
  return result;
}
