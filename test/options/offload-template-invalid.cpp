// A bad OffloadTemplate is one configuration error, and the fix-it falls
// back to the default template and header (clang-tidy applies fix-its in a
// run with errors only when asked to, with --fix-errors).
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t --extra-arg=--fix-errors --config "{CheckOptions: {eventloop-reentrant-run.OffloadTemplate: 'run_elsewhere($call, $call)', eventloop-reentrant-run.OffloadHeader: '<elsewhere.h>'}}" -- -std=c++20

#include <boost/asio.hpp>
// CHECK-FIXES: #include <future>

// CHECK-MESSAGES: error: invalid value 'run_elsewhere($call, $call)' for option 'eventloop-reentrant-run.OffloadTemplate': it holds $call more than once, which would run the call twice; the default template and header are used [clang-tidy-config]

static int fetch() {
  boost::asio::io_context private_io;
  return static_cast<int>(private_io.run());
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { int n = fetch(); (void)n; });
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: callback blocks its asio loop until the private loop 'private_io' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: boost::asio::post(io, [] { int n = std::async(std::launch::async, [&] { return fetch(); }).get(); (void)n; });
}
