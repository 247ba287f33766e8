// A call written inside a macro expansion gets the warning and a note saying
// why there is no fix-it; the macro is never rewritten.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>

static void fetch() {
  boost::asio::io_context request;
  request.run();
}

#define FETCH_NOW() fetch()

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { FETCH_NOW(); });
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :12:21: note: expanded from macro 'FETCH_NOW'
  // CHECK-NOTES: :9:11: note: 'fetch' runs the event loop here
  // CHECK-NOTES: :[[@LINE-4]]:16: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-5]]:30: note: no automatic fix-it: the call is in a macro expansion
  // CHECK-NOTES: :12:21: note: expanded from macro 'FETCH_NOW'
}
