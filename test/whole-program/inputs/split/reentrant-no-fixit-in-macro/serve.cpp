#include "app.h"

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { FETCH_NOW(); });
}
