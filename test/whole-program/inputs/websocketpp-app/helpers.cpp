#include "server.h"
#include <unistd.h>

void save_session() { sleep(1); }

void drain_all() { srv.poll(); }

// Connects to a peer with a client endpoint of its own, and waits for it.
int probe_peer(const std::string &uri) {
  using client = websocketpp::client<websocketpp::config::asio_client>;
  client c;
  c.init_asio();
  websocketpp::lib::error_code ec;
  client::connection_ptr con = c.get_connection(uri, ec);
  if (ec)
    return 0;
  c.connect(con);
  c.run();
  return 1;
}
