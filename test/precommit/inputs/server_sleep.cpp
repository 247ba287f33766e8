// A handler that sleeps on the loop thread (eventloop-blocking-call).
#include <asio.hpp>
#include <chrono>
#include <thread>

int main() {
  asio::io_context io;
  asio::post(io, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  io.run();
}
