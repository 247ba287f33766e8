#include "server.h"

void on_open(connection_hdl) { save_session(); }

void on_message(connection_hdl, server::message_ptr msg) {
  if (msg->get_payload() == "flush")
    drain_all();
}

void on_http(connection_hdl hdl) {
  server::connection_ptr con = srv.get_con_from_hdl(hdl);
  int status = probe_peer("ws://localhost:9003");
  con->set_status(status ? websocketpp::http::status_code::ok
                         : websocketpp::http::status_code::bad_gateway);
}
