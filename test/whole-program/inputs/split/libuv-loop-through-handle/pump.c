#include "app.h"

void pump(uv_handle_t *h) { uv_run(h->loop, UV_RUN_NOWAIT); }
