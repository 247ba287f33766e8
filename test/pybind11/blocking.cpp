// Python asyncio through pybind11: time.sleep in callbacks of add_reader and
// add_signal_handler (directly and in a named function wrapped by
// py::cpp_function) blocks the asyncio loop.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -std=c++17 %python_flags

#include <pybind11/embed.h>

namespace py = pybind11;

void throttle() {
  py::module_ time = py::module_::import("time");
  time.attr("sleep")(0.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its asyncio loop in 'time.sleep' [eventloop-blocking-call]
}

void watch(py::object loop, int fd) {
  loop.attr("add_reader")(fd, py::cpp_function([] {
    py::module_::import("time").attr("sleep")(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback blocks its asyncio loop in 'time.sleep' [eventloop-blocking-call]
  }));
  loop.attr("add_signal_handler")(15, py::cpp_function(&throttle));
}
