#ifndef PACING_H
#define PACING_H

#include <unistd.h>
#include <uv.h>

#define PAUSE(us) usleep(us)
#define SETTLE() PAUSE(1000)

struct handlers {
  void (*on_timer)(uv_timer_t *);
};

static inline void settle(void) { SETTLE(); }

#endif
