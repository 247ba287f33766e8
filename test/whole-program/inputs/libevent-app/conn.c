#include "server.h"

void on_accept(struct evconnlistener *l, evutil_socket_t fd,
               struct sockaddr *sa, int len, void *ctx) {
  (void)l, (void)fd, (void)sa, (void)len, (void)ctx;
  lookup_host("example.org");
}

void on_tick(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what;
  struct event_base *b = arg;
  pump(b);
}

void on_later(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  struct event_base *mine = event_base_new();
  pump(mine);
  event_base_free(mine);
}
