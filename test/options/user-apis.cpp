// The project's own APIs through options: a callback pattern, a registration
// function, an offload function, a loop-run and a blocking function.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t --config "{CheckOptions: {CallbackFunctions: 'app::Server::on_*', RegistrationFunctions: '::app::schedule', OffloadFunctions: '::app::in_background', LoopRunFunctions: '::app::pump_messages', BlockingFunctions: '::app::wait_for_disk'}}" -- -std=c++17

#include <cstdio>
// CHECK-FIXES: #include <future>

namespace app {
void pump_messages();
void wait_for_disk();
template <typename F> void schedule(F f) { (void)f; }
template <typename F> void in_background(F f) { (void)f; }

struct Server {
  void on_request() {
    pump_messages();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback blocks its event loop until the loop run by 'app::pump_messages' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: std::async(std::launch::async, [&] { return pump_messages(); }).get();
  }
  void on_timer() { flush(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: callback blocks its event loop in 'app::wait_for_disk' [eventloop-blocking-call]
  void flush() { wait_for_disk(); }
  // Not a callback: only called from main.
  void start() { pump_messages(); }
};
} // namespace app

int main() {
  app::schedule([] { app::wait_for_disk(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: callback blocks its event loop in 'app::wait_for_disk' [eventloop-blocking-call]
  app::in_background([] { app::wait_for_disk(); });
  app::Server().start();
}
