// websocketpp: the handlers given to an endpoint's set_*_handler, a
// connection's handlers and set_timer callbacks run on the endpoint's asio
// loop. A handler that sleeps blocks it; one that calls the endpoint's run()
// re-enters it. Compiled against Debian's libwebsocketpp-dev 0.8.2 with
// Boost.Asio. on_open stands for websocketpp 0.8.2
// test/transport/integration.cpp:319, an open handler that sleeps on the
// server's loop thread.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++17

#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include <chrono>
#include <thread>
#include <unistd.h>

using server = websocketpp::server<websocketpp::config::asio>;
using websocketpp::connection_hdl;

static server srv;

static void on_open(connection_hdl) {
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its websocketpp loop in 'sleep' [eventloop-blocking-call]
}

static void drain_all() { srv.poll(); }

static void on_message(connection_hdl, server::message_ptr msg) {
  if (msg->get_payload() == "flush")
    drain_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback re-enters its own websocketpp loop 'srv' through 'endpoint::poll'; the endpoint's run() runs its io_service, which asio forbids from a thread that is already running it [eventloop-reentrant-run]
}

static void on_http(connection_hdl hdl) {
  server::connection_ptr con = srv.get_con_from_hdl(hdl);
  con->set_status(websocketpp::http::status_code::ok);
  // A connection's own handlers run on the same loop.
  con->set_close_handler([](connection_hdl) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: callback blocks its websocketpp loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  });
}

// Not handlers: a worker thread may sleep, and main runs the loop.
static void worker() { sleep(1); }

int main() {
  srv.init_asio();
  srv.set_open_handler(&on_open);
  srv.set_message_handler(&on_message);
  srv.set_http_handler(&on_http);
  srv.set_timer(1000, [](websocketpp::lib::error_code const &) {
    usleep(10000);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback blocks its websocketpp loop in 'usleep' [eventloop-blocking-call]
  });
  std::thread t(worker);
  srv.listen(9002);
  srv.start_accept();
  srv.run();
  t.join();
}
