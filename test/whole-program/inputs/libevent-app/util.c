#include "server.h"
#include <event2/util.h>
#include <stddef.h>

void pump(struct event_base *b) { event_base_loop(b, EVLOOP_NONBLOCK); }

int lookup_host(const char *name) {
  struct evutil_addrinfo *res = NULL;
  return evutil_getaddrinfo(name, "80", NULL, &res);
}
