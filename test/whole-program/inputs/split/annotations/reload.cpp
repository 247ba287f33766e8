#include "app.h"

void reload() { read_config_file(); }

// Not loop code: nothing to report.
void on_startup() { spin_nested_loop(); }
