#include <event2/event.h>
#include <event2/event_struct.h>
#include <event2/listener.h>
#include <stddef.h>

void run_given(struct event_base *b);
void later(struct event_base *b, event_callback_fn cb, void *ud);
void on_assigned(evutil_socket_t fd, short what, void *arg);
void on_new(evutil_socket_t fd, short what, void *arg);
void on_wrapped(evutil_socket_t fd, short what, void *arg);
void on_accept(struct evconnlistener *l, evutil_socket_t fd,
               struct sockaddr *sa, int len, void *ctx);
void on_other(evutil_socket_t fd, short what, void *arg);
