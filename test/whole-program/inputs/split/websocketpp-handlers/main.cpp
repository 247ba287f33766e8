#include "app.h"
#include <thread>
#include <unistd.h>

server srv;

int main() {
  srv.init_asio();
  srv.set_open_handler(&on_open);
  srv.set_message_handler(&on_message);
  srv.set_http_handler(&on_http);
  srv.set_timer(1000, [](websocketpp::lib::error_code const &) { usleep(10000); });
  std::thread t(worker);
  srv.listen(9002);
  srv.start_accept();
  srv.run();
  t.join();
}
