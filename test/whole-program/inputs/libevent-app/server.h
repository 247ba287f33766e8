// The libevent server's shared declarations.
#include <event2/event.h>
#include <event2/listener.h>

// conn.c: the callbacks.
void on_accept(struct evconnlistener *l, evutil_socket_t fd,
               struct sockaddr *sa, int len, void *ctx);
void on_tick(evutil_socket_t fd, short what, void *arg);
void on_later(evutil_socket_t fd, short what, void *arg);
// util.c: helpers.
void pump(struct event_base *b);
int lookup_host(const char *name);
// sched.c: the project's own wrapper over event_base_once.
void schedule(struct event_base *b, event_callback_fn cb, void *ud);
