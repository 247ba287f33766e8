// The embedding program's shared declarations (pybind11, Python asyncio).
#include <pybind11/embed.h>

namespace py = pybind11;

py::object load_coro();
// callbacks.cpp: a named callback main.cpp wraps in py::cpp_function.
void on_signal();
// helpers.cpp.
void throttle();
void run_sync(py::object loop);
void refresh();
