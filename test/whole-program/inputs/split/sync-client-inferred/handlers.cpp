#include "app.h"

void movable(asio::io_context &io) {
  asio::post(io, [] {
    HTTPClient client("example.org", "80");
    (void)client.endpoints.size();
  });
}

void pinned(asio::io_context &io) {
  asio::post(io, [] {
    PinnedClient client("example.org");
    (void)client;
  });
}

void onHeap(asio::io_context &io) {
  asio::post(io, [] {
    HTTPClient *client = new HTTPClient("example.org", "80");
    delete client;
  });
}

void throughMakeUnique(asio::io_context &io) {
  asio::post(io, [] {
    auto client = std::make_unique<HTTPClient>("example.org", "80");
    (void)client;
  });
}
