#include "app.h"

void drain(uv_loop_t *l) { uv_run(l, UV_RUN_NOWAIT); }

void flush(void) { drain(loop); }
