// libev's C++ wrapper: a watcher's functor runs a private loop (a local
// ev::dynamic_loop, a loop from ev_loop_new); the fix-it runs it on another
// thread.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++20

#include <ev++.h>
#include <cstdio>
// CHECK-FIXES: #include <future>

struct OnReadable {
  void operator()(ev::io &, int) {
    ev::dynamic_loop nested;
    nested.run(0);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: callback blocks its libev loop until the private loop 'nested' run by 'loop_ref::run' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: std::async(std::launch::async, [&] { return nested.run(0); }).get();
    struct ev_loop *own = ev_loop_new(0);
    int more = ev_run(own, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: callback blocks its libev loop until the private loop 'own' run by 'ev_run' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: int more = std::async(std::launch::async, [&] { return ev_run(own, 0); }).get();
    std::printf("%d\n", more);
    ev_loop_destroy(own);
  }
};

int main() {
  OnReadable handler;
  ev::io reader(ev::get_default_loop());
  reader.set(&handler);
  reader.start(0, ev::READ);
  ev::get_default_loop().run(0);
}
