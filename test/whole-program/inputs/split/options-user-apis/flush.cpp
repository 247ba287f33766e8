#include "app.h"

void app::Server::flush() { wait_for_disk(); }
