#include "app.h"

#define DRAIN(loop) uv_run((loop), UV_RUN_DEFAULT)
#define DRAIN_ALL(loop) DRAIN(loop)

void flush_pending(uv_loop_t *loop) { DRAIN_ALL(loop); }
