#include "app.h"

void drain(boost::asio::io_context &ctx) { ctx.poll(); }
