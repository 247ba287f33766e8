// libevent: the path to event_base_loop goes through helpers defined in a
// project header; the notes point into the header.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --copy %S/inputs/ev_pump.h --tmp %t/header-path -- -x c -std=c11 -D_GNU_SOURCE

#include "ev_pump.h"
#include <event2/bufferevent.h>

static struct event_base *base;

static void on_event(struct bufferevent *bev, short what, void *arg) {
  (void)bev, (void)what, (void)arg;
  pump_pending(base);
}

int main(void) {
  base = event_base_new();
  struct bufferevent *bev = bufferevent_socket_new(base, -1, 0);
  bufferevent_setcb(bev, NULL, NULL, on_event, NULL);
  return event_base_dispatch(base);
}

// CHECK-NOTES: :12:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
// CHECK-NOTES: ev_pump.h:9:10: note: 'pump_pending' calls 'pump' here
// CHECK-NOTES: ev_pump.h:6:55: note: 'pump' runs the event loop here
// CHECK-NOTES: :18:3: note: callback registered with 'bufferevent_setcb' here
// CHECK-NOTES: :12:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
