// A project header for paths-dispatch.cpp: helpers outside the main file.
#pragma once

#include <boost/asio.hpp>

namespace net {

inline void resolvePeer(boost::asio::io_context &io) {
  boost::asio::ip::tcp::resolver resolver(io);
  resolver.resolve("example.org", "80");
}

struct Peer {
  boost::asio::io_context &io;
  void refresh() { resolvePeer(io); }
};

} // namespace net
