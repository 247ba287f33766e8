// Callables that travel through parameters: a project's own wrapper that
// registers its argument with the loop makes that argument loop code, and a
// helper that calls its function-pointer or std::function parameter calls
// whatever its callers pass.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <functional>
#include <thread>

namespace app {
boost::asio::io_context &loop();

// The project's own registration API, over asio::post.
void schedule(std::function<void()> work) {
  boost::asio::post(loop(), std::move(work));
}
// A second layer that forwards to the first.
void scheduleLater(std::function<void()> work) { schedule(std::move(work)); }

void apply(void (*fn)()) { fn(); }
void invoke(const std::function<void()> &fn) { fn(); }
} // namespace app

static void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

int main() {
  app::schedule([] { nap(); });
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :25:39: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:8: note: callback registered with 'app::schedule' here
  // CHECK-NOTES: :[[@LINE-4]]:22: note: consider a timer of the event loop instead
  app::scheduleLater([] { app::apply(&nap); });
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :25:39: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:8: note: callback registered with 'app::scheduleLater' here
  // CHECK-NOTES: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
  app::schedule([] { app::invoke([] { nap(); }); });
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:39: note: the lambda calls 'nap' here
  // CHECK-NOTES: :25:39: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-4]]:8: note: callback registered with 'app::schedule' here
  // CHECK-NOTES: :[[@LINE-5]]:27: note: consider a timer of the event loop instead

  // Only main calls these: not loop code.
  app::apply(&nap);
  app::invoke([] { nap(); });
  app::loop().run();
}

// OneWarningPerDefect is off in the RUN line: each starting call is a
// warning of its own, since this test is about paths that share sinks.
