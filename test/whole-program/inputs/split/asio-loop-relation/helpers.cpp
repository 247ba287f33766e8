#include "app.h"

// Same loop through a parameter, two calls deep.
void pump(asio::io_context &ctx) { ctx.run(); }
void drainAll(asio::io_context &ctx) { pump(ctx); }

void Server::flush() { io_.run_one(); }

// A private loop: the helper makes its own io_context and runs it.
int fetchBlocking() {
  asio::io_context local;
  asio::steady_timer timer(local, std::chrono::milliseconds(5));
  timer.async_wait([](boost::system::error_code) {});
  local.run();
  return 42;
}

// An unknown loop: main stores its loop in a global pointer.
asio::io_context *g_loop = nullptr;
void runGlobal() { g_loop->run(); }
