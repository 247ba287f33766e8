#include "app.h"

void resolve_names(void) {
  struct ev_loop *resolver = ev_loop_new(0);
  flush(resolver);
  ev_loop_destroy(resolver);
}
