#include <uv.h>

extern uv_loop_t *app_loop;
void flush_pending(uv_loop_t *loop);
