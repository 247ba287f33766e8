#include "app.h"

static struct event assigned;
static struct event *self;

// Beside the event_new that binds self to base: a binding made in another
// TU is not seen (handle-binding-across-files.xfail-draft).
static void on_self(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  event_base_loop(event_get_base(self), EVLOOP_NONBLOCK);
}

int main(void) {
  struct event_base *base = event_base_new();
  struct event_base *other = event_base_new();
  event_assign(&assigned, base, -1, 0, on_assigned, base);
  event_add(event_new(base, -1, EV_PERSIST, on_new, base), NULL);
  later(base, on_wrapped, base);
  evconnlistener_new(base, on_accept, base, 0, -1, -1);
  self = event_new(base, -1, 0, on_self, NULL);
  event_add(event_new(base, -1, EV_PERSIST, on_other, other), NULL);
  return event_base_dispatch(base);
}
