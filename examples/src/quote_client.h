// A synchronous quote client in the style of tornado's HTTPClient: its
// constructor spins a private io_context to finish the connection.
#pragma once

#include <boost/asio.hpp>
#include <chrono>
#include <string>

class QuoteClient {
public:
  explicit QuoteClient(std::string host) : Host(std::move(host)) {
    boost::asio::io_context connecting;
    boost::asio::steady_timer handshake(connecting,
                                        std::chrono::milliseconds(5));
    handshake.async_wait([this](boost::system::error_code) { Last = "ready"; });
    connecting.run();
  }
  std::string last() const { return Last; }

private:
  std::string Host;
  std::string Last;
};

// Fetches one quote by running a private loop until the request finishes.
inline std::string fetchQuote(const std::string &symbol) {
  boost::asio::io_context request;
  std::string result;
  boost::asio::post(request, [&] { result = symbol + " 42.0"; });
  request.run();
  return result;
}
