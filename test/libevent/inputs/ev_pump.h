// A project header for header-path.c: helpers defined in a header.
#ifndef EV_PUMP_H
#define EV_PUMP_H
#include <event2/event.h>

static inline int pump(struct event_base *b) { return event_base_loop(b, EVLOOP_ONCE); }

static inline void pump_pending(struct event_base *b) {
  while (pump(b) == 0) {
  }
}

#endif
