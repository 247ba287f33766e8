#include "app.h"

void spin(struct ev_loop *l) { ev_run(l, EVRUN_NOWAIT); }

void nap(void) { ev_sleep(0.5); }

void resolve_names(void) {
  struct ev_loop *resolver = ev_loop_new(0);
  spin(resolver);
  ev_loop_destroy(resolver);
}
