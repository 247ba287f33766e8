#include <event2/event.h>

extern struct event_base *base;
void retry(int n);
void even(int n);
void odd(int n);
void on_timer(evutil_socket_t fd, short what, void *arg);
