#include "app.h"

void throttle() { py::module_::import("time").attr("sleep")(0.5); }

void run_sync(py::object loop) { loop.attr("run_until_complete")(load_coro()); }

void refresh() {
  py::object side = py::module_::import("asyncio").attr("new_event_loop")();
  run_sync(side);
}
