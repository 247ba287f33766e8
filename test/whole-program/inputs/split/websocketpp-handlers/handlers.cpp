#include "app.h"
#include <chrono>
#include <thread>
#include <unistd.h>

void on_open(connection_hdl) { sleep(1); }

void drain_all() { srv.poll(); }

void on_message(connection_hdl, server::message_ptr msg) {
  if (msg->get_payload() == "flush")
    drain_all();
}

void on_http(connection_hdl hdl) {
  server::connection_ptr con = srv.get_con_from_hdl(hdl);
  con->set_status(websocketpp::http::status_code::ok);
  // A connection's own handlers run on the same loop.
  con->set_close_handler([](connection_hdl) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  });
}

// Not handlers: a worker thread may sleep, and main runs the loop.
void worker() { sleep(1); }
