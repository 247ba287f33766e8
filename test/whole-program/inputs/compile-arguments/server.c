// A libevent timer whose callback saves through store.c. The project is
// built with -Werror, and clang sees an unused variable here.
#include <event2/event.h>

void save_state(void);

static void on_tick(evutil_socket_t fd, short what, void *arg) {
  int pending;
  save_state();
}

int main(void) {
  struct event_base *base = event_base_new();
  struct event *tick = event_new(base, -1, EV_PERSIST, on_tick, NULL);
  event_add(tick, NULL);
  return event_base_dispatch(base);
}
