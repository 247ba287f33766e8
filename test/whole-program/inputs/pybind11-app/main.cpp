#include "app.h"

void start(py::object loop) {
  loop.attr("call_soon_threadsafe")(py::cpp_function([] { refresh(); }));
  loop.attr("add_signal_handler")(15, py::cpp_function(&on_signal));
  loop.attr("call_soon")(py::cpp_function([loop] { run_sync(loop); }));
}
