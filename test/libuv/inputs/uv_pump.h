// A project header for header-path.c: helpers defined in a header.
#ifndef UV_PUMP_H
#define UV_PUMP_H
#include <uv.h>

static inline void pump_once(uv_loop_t *l) { uv_run(l, UV_RUN_ONCE); }

static inline void pump_all(uv_loop_t *l) {
  for (int i = 0; i < 3; ++i)
    pump_once(l);
}

#endif
