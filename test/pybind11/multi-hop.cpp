// Python asyncio through pybind11: a call_soon_threadsafe callback reaches
// run_until_complete through three helpers; the fix-it moves the first call
// to a worker thread that takes the GIL while the callback drops it.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -std=c++17 %python_flags

#include <pybind11/embed.h>
#include <future>

namespace py = pybind11;

py::object load_coro();

void run_sync(py::object loop) { loop.attr("run_until_complete")(load_coro()); }
void reload(py::object loop) { run_sync(loop); }
void refresh() {
  py::object side = py::module_::import("asyncio").attr("new_event_loop")();
  reload(side);
}

void start(py::object loop) {
  loop.attr("call_soon_threadsafe")(py::cpp_function([] { refresh(); }));
}

// CHECK-NOTES: :21:59: warning: callback blocks its asyncio loop until the loop 'side' run by 'run_until_complete' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :17:3: note: 'refresh' calls 'reload' here
// CHECK-NOTES: :14:32: note: 'reload' calls 'run_sync' here
// CHECK-NOTES: :13:34: note: 'run_sync' runs the event loop here
// CHECK-NOTES: :21:3: note: callback registered with 'call_soon_threadsafe' here
// CHECK-FIXES: loop.attr("call_soon_threadsafe")(py::cpp_function([] { [&] { pybind11::gil_scoped_release release; return std::async(std::launch::async, [&] { pybind11::gil_scoped_acquire acquire; return refresh(); }).get(); }(); }));
