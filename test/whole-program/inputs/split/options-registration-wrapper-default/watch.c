#include "app.h"

void watch(struct event_base *base, int fd, event_callback_fn cb) {
  event_add(event_new(base, fd, EV_READ, cb, NULL), NULL);
}
