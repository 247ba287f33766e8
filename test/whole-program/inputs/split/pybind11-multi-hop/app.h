#include <pybind11/embed.h>

namespace py = pybind11;

py::object load_coro();
void run_sync(py::object loop);
void reload(py::object loop);
void refresh();
