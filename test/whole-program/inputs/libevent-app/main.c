#include "server.h"

int main(void) {
  struct event_base *base = event_base_new();
  evconnlistener_new(base, on_accept, NULL, 0, -1, -1);
  event_add(event_new(base, -1, EV_PERSIST, on_tick, base), NULL);
  schedule(base, on_later, NULL);
  return event_base_dispatch(base);
}
