// A quote server on Boost.Asio with four classic event-loop bugs.
#include "quote_client.h"

#include <boost/asio.hpp>
#include <chrono>
#include <iostream>
#include <thread>

class QuoteServer {
public:
  explicit QuoteServer(boost::asio::io_context &io) : Io(io), Tick(io) {}

  void start() { schedule(); }

private:
  void schedule() {
    Tick.expires_after(std::chrono::seconds(1));
    Tick.async_wait([this](boost::system::error_code) { onTick(); });
  }

  void onTick() {
    // Runs a private loop until the request is done: the whole server stalls.
    std::string quote = fetchQuote("ACME");
    boost::asio::post(Io, [this, quote] { publish(quote); });
    schedule();
  }

  void publish(const std::string &quote) {
    std::cout << quote << '\n';
    // "Let pending work finish first": re-enters the loop that runs us.
    drain(Io);
    // Throttling by sleeping on the loop thread.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }

  static void drain(boost::asio::io_context &io) { io.poll(); }

  boost::asio::io_context &Io;
  boost::asio::steady_timer Tick;
};

int main() {
  boost::asio::io_context io;
  QuoteServer server(io);
  server.start();
  boost::asio::post(io, [] {
    // The synchronous client connects in its constructor.
    QuoteClient client("quotes.example");
    std::cout << client.last() << '\n';
  });
  io.run();
}
