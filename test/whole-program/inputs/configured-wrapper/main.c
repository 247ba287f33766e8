#include <event2/event.h>
#include <unistd.h>

void watch(struct event_base *base, int fd, event_callback_fn cb);

static void on_readable(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  sleep(1);
}

int main(void) {
  struct event_base *base = event_base_new();
  watch(base, 1, on_readable);
  return event_base_dispatch(base);
}
