// asio included as project code (with -I, or here with
// --no-system-header-prefix): its internals are still library code, never
// walked into nor reported. Found on asio's own examples, where
// io_context::notify_fork reached pthread_join inside asio's resolver.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20 --no-system-header-prefix=asio/

#include <asio.hpp>
#include <future>
#include <sys/wait.h>

static void fetch() {
  asio::io_context request;
  request.run();
}

void serve(asio::io_context &io) {
  asio::post(io, [] { std::async(std::launch::async, [&] { return fetch(); }).get(); });
  asio::post(io, [&] { io.notify_fork(asio::execution_context::fork_prepare); });
  // waitpid with WNOHANG does not wait; without it, it does.
  asio::post(io, [] { int status; waitpid(-1, &status, WNOHANG); });
  asio::post(io, [] { int status; waitpid(-1, &status, 0); });
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: callback blocks its asio loop in 'waitpid' [eventloop-blocking-call]
}
