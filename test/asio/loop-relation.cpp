// Loop relation: whether the loop a handler runs is the loop that runs the
// handler. Same loop through a parameter (the argument on the path is the
// loop the handler was posted to) and through a field; a private loop made
// on the path (offload fix-it, <future> included); and an unknown loop
// reached through a global pointer (offload fix-it too: it may be any loop).
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <future>

namespace asio = boost::asio;

// Same loop through a parameter, two calls deep.
void pump(asio::io_context &ctx) { ctx.run(); }
void drainAll(asio::io_context &ctx) { pump(ctx); }

void sameThroughParameter(asio::io_context &io) {
  asio::post(io, [&io] { drainAll(io); });
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-5]]:40: note: 'drainAll' calls 'pump' here
  // CHECK-NOTES: :[[@LINE-7]]:40: note: 'pump' runs the event loop here
  // CHECK-NOTES: :[[@LINE-4]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
}

// Same loop through a field.
class Server {
public:
  void start() {
    asio::post(io_, [this] { flush(); });
    // CHECK-NOTES: :[[@LINE-1]]:30: warning: callback re-enters its own asio loop 'io_' through 'io_context::run_one'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+4]]:22: note: 'Server::flush' runs the event loop here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: callback registered with 'boost::asio::post' here
    // CHECK-NOTES: :[[@LINE-4]]:30: note: no fix-it can cure this: consider posting the rest of the work back to the io_context instead
  }
  void flush() { io_.run_one(); }

private:
  asio::io_context io_;
};

// A private loop: the helper makes its own io_context and runs it.
int fetchBlocking() {
  asio::io_context local;
  asio::steady_timer timer(local, std::chrono::milliseconds(5));
  timer.async_wait([](boost::system::error_code) {});
  local.run();
  return 42;
}

void privateLoop(asio::io_context &io) {
  asio::post(io, [] { int n = fetchBlocking(); (void)n; });
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: callback blocks its asio loop until the private loop 'local' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-7]]:9: note: 'fetchBlocking' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-FIXES: asio::post(io, [] { int n = std::async(std::launch::async, [&] { return fetchBlocking(); }).get(); (void)n; });
}

// An unknown loop: main stores its loop in a global pointer.
asio::io_context *g_loop = nullptr;
void runGlobal() { g_loop->run(); }

void unknownLoop(asio::io_context &io) {
  asio::post(io, [] { runGlobal(); });
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback blocks its asio loop until the loop 'g_loop' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-5]]:28: note: 'runGlobal' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-FIXES: asio::post(io, [] { std::async(std::launch::async, [&] { return runGlobal(); }).get(); });
}

int main() {
  asio::io_context io;
  g_loop = &io;
  sameThroughParameter(io);
  Server server;
  server.start();
  privateLoop(io);
  unknownLoop(io);
  io.run();
}
