#include "app.h"

void aliases(asio::io_context &io) {
  asio::io_context &ref = io;
  asio::post(io, [&ref] { ref.run(); });
  asio::io_context *ptr = &io;
  asio::post(*ptr, [&io] { io.run(); });
}

void parameters(asio::io_context &a, asio::io_context &b) {
  auto runIt = [](asio::io_context &ctx) { ctx.run(); };
  asio::post(a, [&] { runIt(a); });
  asio::post(a, [&] { runIt(b); });
}

void onHeap(asio::io_context &io) {
  asio::post(io, [] {
    auto *mine = new asio::io_context;
    mine->run();
    delete mine;
  });
}
