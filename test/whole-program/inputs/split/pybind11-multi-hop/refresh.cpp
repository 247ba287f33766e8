#include "app.h"

void reload(py::object loop) { run_sync(loop); }
void refresh() {
  py::object side = py::module_::import("asyncio").attr("new_event_loop")();
  reload(side);
}
