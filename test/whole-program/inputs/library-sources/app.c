#include <unistd.h>
#include <uv.h>

int uv_reap_exited_child(void);

static uv_thread_t worker;

static void on_reap(uv_timer_t *timer) {
  (void)timer;
  uv_reap_exited_child();
}

// A static callback of the project that happens to be named like the
// library's functions keeps its body.
static void uv_style_cb(uv_timer_t *timer) {
  (void)timer;
  sleep(1);
}

static void on_stop(uv_timer_t *timer) {
  (void)timer;
  uv_thread_join(&worker);
}

void start(uv_loop_t *loop, uv_timer_t *a, uv_timer_t *b, uv_timer_t *c) {
  uv_timer_init(loop, a);
  uv_timer_start(a, on_reap, 10, 0);
  uv_timer_init(loop, b);
  uv_timer_start(b, uv_style_cb, 10, 0);
  uv_timer_init(loop, c);
  uv_timer_start(c, on_stop, 10, 0);
}
