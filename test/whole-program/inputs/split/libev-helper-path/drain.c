#include "app.h"

void drain(struct ev_loop *l) { ev_run(l, EVRUN_NOWAIT); }

void flush(struct ev_loop *l) { drain(l); }
