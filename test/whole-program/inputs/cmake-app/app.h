#include <uv.h>
void flush_log(void);
void start_timer(uv_loop_t *loop, uv_timer_t *tick);
