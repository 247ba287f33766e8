#include "app.h"

struct event_base *base;

int main(void) {
  base = event_base_new();
  event_base_once(base, -1, EV_TIMEOUT, on_timer, NULL, NULL);
  return event_base_dispatch(base);
}
