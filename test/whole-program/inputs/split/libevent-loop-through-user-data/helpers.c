#include "app.h"

void run_given(struct event_base *b) { event_base_dispatch(b); }

void later(struct event_base *b, event_callback_fn cb, void *ud) {
  event_base_once(b, -1, EV_TIMEOUT, cb, ud, NULL);
}
