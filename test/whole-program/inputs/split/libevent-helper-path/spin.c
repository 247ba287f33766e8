#include "app.h"

void spin(struct event_base *b) { event_base_loop(b, EVLOOP_NONBLOCK); }

void settle(void) { spin(base); }
