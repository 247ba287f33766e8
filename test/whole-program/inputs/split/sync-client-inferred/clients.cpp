#include "app.h"

// The constructors that make the clients synchronous are in this TU.
HTTPClient::HTTPClient(const std::string &host, const std::string &port) {
  asio::io_context io;
  asio::ip::tcp::resolver resolver(io);
  resolver.async_resolve(
      host, port,
      [this](error_code ec, asio::ip::tcp::resolver::results_type r) {
        if (!ec)
          endpoints = r;
      });
  io.run();
}

PinnedClient::PinnedClient(const std::string &host) {
  asio::io_context io;
  io.run();
}
