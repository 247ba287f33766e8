#include "app.h"

void run_sync(py::object loop) { loop.attr("run_until_complete")(load_coro()); }
