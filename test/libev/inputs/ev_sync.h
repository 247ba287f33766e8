// A project header for header-path.c: helpers defined in a header.
#ifndef EV_SYNC_H
#define EV_SYNC_H
#include <ev.h>

static inline void wait_a_bit(double seconds) { ev_sleep(seconds); }

static inline void backoff(int attempt) {
  for (int i = 0; i < attempt; ++i)
    wait_a_bit(0.1 * i);
}

#endif
