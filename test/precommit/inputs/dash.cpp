// Staged as -dash.cpp and @at.cpp: a handler that sleeps on the loop
// thread (eventloop-blocking-call). Its compile command defines FROM_DATABASE.
#ifndef FROM_DATABASE
#error "compiled without its compile command"
#endif
#include <asio.hpp>
#include <chrono>
#include <thread>

int main() {
  asio::io_context io;
  asio::post(io, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  io.run();
}
