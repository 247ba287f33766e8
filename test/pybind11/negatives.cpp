// Python asyncio through pybind11: no warning. The loop runs in main-only
// code; a callback hands its blocking work to run_in_executor or
// asyncio.to_thread; another only schedules more callbacks.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++17 %python_flags

#include <pybind11/embed.h>

namespace py = pybind11;

py::object main_coro();

void slow() { py::module_::import("time").attr("sleep")(1); }

int main() {
  py::scoped_interpreter python;
  py::module_ asyncio = py::module_::import("asyncio");
  py::object loop = asyncio.attr("new_event_loop")();
  loop.attr("call_soon")(py::cpp_function([&] {
    loop.attr("run_in_executor")(py::none(), py::cpp_function(&slow));
    asyncio.attr("to_thread")(py::cpp_function([] { slow(); }));
    loop.attr("call_later")(1.0, py::cpp_function([] {}));
  }));
  loop.attr("run_until_complete")(main_coro());
  asyncio.attr("run")(main_coro());
  slow();
}
