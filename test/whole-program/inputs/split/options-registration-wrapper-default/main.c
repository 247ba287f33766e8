#include "app.h"
#include <unistd.h>

static void on_message(void *arg) { (void)arg; }

static void on_readable(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  sleep(1);
}

int main(void) {
  struct event_base *base = event_base_new();
  peer_add(base, 0, on_message, NULL);
  watch(base, 1, on_readable);
  return event_base_dispatch(base);
}
