#include <uv.h>

extern uv_loop_t *loop;
void countdown(int n);
void ping(int n);
void pong(int n);
