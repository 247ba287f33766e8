// Python asyncio through pybind11: a callback of the running loop that runs
// a loop itself (asyncio raises), and the fix-it that runs the coroutine on
// a new loop in a worker thread, with the GIL handed over to it.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++17 %python_flags

#include <pybind11/embed.h>
#include <future>

namespace py = pybind11;

py::object fetch_coro();

// A named function wrapped by py::cpp_function is loop code too.
void on_ready() {
  py::module_ asyncio = py::module_::import("asyncio");
  asyncio.attr("run")(fetch_coro());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its asyncio loop until the loop run by 'asyncio.run' returns; consider running it on another thread [eventloop-reentrant-run]
  // CHECK-FIXES: [&] { pybind11::gil_scoped_release release; return std::async(std::launch::async, [&] { pybind11::gil_scoped_acquire acquire; return pybind11::module_::import("asyncio").attr("run")(fetch_coro()); }).get(); }();
}

void schedule(py::object loop) {
  loop.attr("call_soon")(py::cpp_function([] {
    py::object side = py::module_::import("asyncio").attr("new_event_loop")();
    side.attr("run_until_complete")(fetch_coro());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback blocks its asyncio loop until the loop 'side' run by 'run_until_complete' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: [&] { pybind11::gil_scoped_release release; return std::async(std::launch::async, [&] { pybind11::gil_scoped_acquire acquire; return pybind11::module_::import("asyncio").attr("run")(fetch_coro()); }).get(); }();
  }));
  loop.attr("call_later")(0.1, py::cpp_function(&on_ready));

  // A done callback of a future: run_forever has no coroutine to hand over,
  // so the call itself moves to the worker.
  py::object fut = loop.attr("create_future")();
  fut.attr("add_done_callback")(py::cpp_function([](py::object done) {
    py::object side = py::module_::import("asyncio").attr("new_event_loop")();
    side.attr("run_forever")();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback blocks its asyncio loop until the loop 'side' run by 'run_forever' returns; consider running it on another thread [eventloop-reentrant-run]
    // CHECK-FIXES: [&] { pybind11::gil_scoped_release release; return std::async(std::launch::async, [&] { pybind11::gil_scoped_acquire acquire; return side.attr("run_forever")(); }).get(); }();
  }));
}

// The callback runs the very loop that is running it: asyncio raises "This
// event loop is already running", and no offload can cure that.
void reenter(py::object loop) {
  loop.attr("call_soon")(py::cpp_function([loop] {
    loop.attr("run_until_complete")(fetch_coro());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback re-enters its own asyncio loop 'loop' through 'run_until_complete'; asyncio raises 'This event loop is already running' [eventloop-reentrant-run]
  }));
}
