// The libuv program's shared declarations; C and C++ TUs include it.
#include <uv.h>
#ifdef __cplusplus
extern "C" {
#endif
extern uv_loop_t *app_loop;
// handlers.c: the timer callback, registered by main.c.
void on_tick(uv_timer_t *timer);
// io.c: helpers the callbacks call.
void flush_pending(void);
void drain(uv_loop_t *l);
void save_state(const char *path);
int resolve_sync(const char *name);
// lookup.cpp: registers its own check callback.
void start_lookup(uv_loop_t *loop);
#ifdef __cplusplus
}
#endif
