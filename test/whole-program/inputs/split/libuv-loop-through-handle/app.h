#include <uv.h>

void pump(uv_handle_t *h);
void on_timer(uv_timer_t *handle);
void on_wakeup(uv_async_t *handle);
void on_idle(uv_idle_t *handle);
void on_close(uv_handle_t *handle);
void on_check(uv_check_t *handle);
