#include <unistd.h>
#include <uv.h>

static void on_tick(uv_timer_t *timer) { sleep(1); }
