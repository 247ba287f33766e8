// The websocketpp server's shared declarations.
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>
#include <websocketpp/client.hpp>
#include <websocketpp/server.hpp>

using server = websocketpp::server<websocketpp::config::asio>;
using websocketpp::connection_hdl;

extern server srv;
// handlers.cpp: the handlers main.cpp sets.
void on_open(connection_hdl hdl);
void on_message(connection_hdl hdl, server::message_ptr msg);
void on_http(connection_hdl hdl);
// helpers.cpp.
void save_session();
void drain_all();
int probe_peer(const std::string &uri);
