#include <uv.h>

extern uv_loop_t *loop;
void drain(uv_loop_t *l);
void flush(void);
void step(int pending);
