// libevent: a read callback reaches event_base_loop on its own base through
// three helpers; the base travels as a parameter. Every hop is a note.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/event.h>

static struct event_base *base;

static void spin(struct event_base *b) { event_base_loop(b, EVLOOP_NONBLOCK); }

static void settle(void) { spin(base); }

static void handle_input(int n) {
  if (n > 0)
    settle();
}

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

// CHECK-NOTES: :20:3: warning: callback re-enters its own libevent loop 'base' through 'event_base_loop'; libevent refuses a reentrant event_base_loop: only one loop may run on an event_base at a time [eventloop-reentrant-run]
// CHECK-NOTES: :15:5: note: 'handle_input' calls 'settle' here
// CHECK-NOTES: :11:28: note: 'settle' calls 'spin' here
// CHECK-NOTES: :9:42: note: 'spin' runs the event loop here
// CHECK-NOTES: :25:26: note: callback registered with 'event_new' here
// CHECK-NOTES: :20:3: note: no fix-it can cure this: consider 'event_base_once' or 'event_active' to continue in another callback instead
