#include "app.h"

void on_assigned(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  event_base_loop((struct event_base *)arg, EVLOOP_ONCE);
}

void on_new(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  struct event_base *b = arg;
  run_given(b);
}

void on_wrapped(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  event_base_dispatch(arg);
}

void on_accept(struct evconnlistener *l, evutil_socket_t fd,
               struct sockaddr *sa, int len, void *ctx) {
  (void)l, (void)fd, (void)sa, (void)len;
  event_base_dispatch(ctx);
}

void on_other(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  event_base_dispatch(arg);
}
