#include "app.h"

void fetch() {
  boost::asio::io_context request;
  request.run();
}
