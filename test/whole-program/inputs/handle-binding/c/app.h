#include <event2/event.h>
#include <uv.h>

extern struct event *self;
extern uv_timer_t tick;
void on_self(evutil_socket_t fd, short what, void *arg);
void on_tick(uv_timer_t *t);
