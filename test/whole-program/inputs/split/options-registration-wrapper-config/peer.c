#include "app.h"
#include <stdlib.h>
#include <unistd.h>

static void trampoline(evutil_socket_t fd, short what, void *arg) {
  struct peer *p = arg;
  (void)fd, (void)what;
  usleep(1000);
  p->cb(p->arg);
}

struct peer *peer_add(struct event_base *base, int fd, void (*cb)(void *),
                      void *arg) {
  struct peer *p = malloc(sizeof *p);
  p->cb = cb;
  p->arg = arg;
  event_add(event_new(base, fd, EV_READ | EV_PERSIST, trampoline, p), NULL);
  return p;
}
