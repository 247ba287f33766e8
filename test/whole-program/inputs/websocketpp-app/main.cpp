#include "server.h"

server srv;

int main() {
  srv.init_asio();
  srv.set_open_handler(&on_open);
  srv.set_message_handler(&on_message);
  srv.set_http_handler(&on_http);
  srv.listen(9002);
  srv.start_accept();
  srv.run();
}
