// The user's own APIs through [[clang::annotate]]: loop code, loop runs,
// blocking calls and offloads.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++17

#include <cstdio>
// CHECK-FIXES: #include <future>

#define LOOP_CALLBACK [[clang::annotate("eventloop::callback")]]
#define RUNS_LOOP [[clang::annotate("eventloop::runs_loop")]]
#define BLOCKING [[clang::annotate("eventloop::blocking")]]
#define OFFLOAD [[clang::annotate("eventloop::offload")]]

RUNS_LOOP void spin_nested_loop();
BLOCKING void read_config_file();
template <typename F> OFFLOAD void on_worker(F f) { f(); }

static void reload() { read_config_file(); }

LOOP_CALLBACK void on_tick() {
  spin_nested_loop();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its event loop until the loop run by 'spin_nested_loop' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: function is annotated as loop code
  // CHECK-FIXES: std::async(std::launch::async, [&] { return spin_nested_loop(); }).get();
  reload();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its event loop in 'read_config_file' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-9]]:24: note: 'reload' blocks here
  // CHECK-NOTES: :[[@LINE-8]]:20: note: function is annotated as loop code
  on_worker([] { spin_nested_loop(); });
}

// Not loop code: nothing to report.
void on_startup() { spin_nested_loop(); }
