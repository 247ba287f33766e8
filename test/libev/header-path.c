// libev in C: the path from a callback registered with ev_io_init to
// ev_sleep goes through helpers defined in a project header; the notes
// point into the header.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --copy %S/inputs/ev_sync.h --tmp %t/header-path -- -x c -std=c11 -D_GNU_SOURCE

#include "ev_sync.h"

static ev_io reader;

static void on_read(struct ev_loop *loop, ev_io *w, int revents) {
  (void)loop, (void)w, (void)revents;
  backoff(3);
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_io_init(&reader, on_read, 0, EV_READ);
  ev_io_start(loop, &reader);
  return ev_run(loop, 0);
}

// CHECK-NOTES: :12:3: warning: callback blocks its libev loop in 'ev_sleep' [eventloop-blocking-call]
// CHECK-NOTES: ev_sync.h:10:5: note: 'backoff' calls 'wait_a_bit' here
// CHECK-NOTES: ev_sync.h:6:49: note: 'wait_a_bit' blocks here
// CHECK-NOTES: :17:3: note: callback registered with 'ev_init' here
// CHECK-NOTES: :12:3: note: consider an 'ev_timer' watcher instead
