#include "app.h"
#include <future>

void start(py::object loop) {
  loop.attr("call_soon_threadsafe")(py::cpp_function([] { refresh(); }));
}
