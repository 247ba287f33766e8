#include "app.h"

namespace app {
boost::asio::io_context main_io;
} // namespace app

static void helper() {}

int main() {
  boost::asio::post(app::main_io, app::on_tick);
  // This TU's helper, not the one of handlers.cpp.
  app::schedule(app::main_io, [] { helper(); });
  app::schedule(app::main_io, [] { app::for_each_peer(app::refresh); });
  app::schedule(app::main_io, [] { (void)app::source().read(); });
  app::main_io.run();
}
