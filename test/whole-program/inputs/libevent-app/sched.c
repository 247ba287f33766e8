#include "server.h"

void schedule(struct event_base *b, event_callback_fn cb, void *ud) {
  event_base_once(b, -1, EV_TIMEOUT, cb, ud, NULL);
}
