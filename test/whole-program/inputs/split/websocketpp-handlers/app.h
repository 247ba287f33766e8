#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

using server = websocketpp::server<websocketpp::config::asio>;
using websocketpp::connection_hdl;

extern server srv;
void on_open(connection_hdl);
void drain_all();
void on_message(connection_hdl, server::message_ptr msg);
void on_http(connection_hdl hdl);
void worker();
