#include "app.h"

struct event_base *base;

static void on_read(evutil_socket_t fd, short what, void *arg) {
  (void)what, (void)arg;
  handle_input(fd);
}

int main(void) {
  base = event_base_new();
  struct event *reader = event_new(base, 0, EV_READ | EV_PERSIST, on_read, NULL);
  event_add(reader, NULL);
  return event_base_dispatch(base);
}
