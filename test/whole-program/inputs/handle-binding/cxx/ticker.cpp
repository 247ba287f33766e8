#include "app.h"
Ticker::Ticker(asio::io_context &io) : io_(io), timer_(io) {}
