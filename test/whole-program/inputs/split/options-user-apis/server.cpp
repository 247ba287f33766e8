#include "app.h"
#include <cstdio>

namespace app {
void Server::on_request() { pump_messages(); }
void Server::on_timer() { flush(); }
void Server::start() { pump_messages(); }
} // namespace app
