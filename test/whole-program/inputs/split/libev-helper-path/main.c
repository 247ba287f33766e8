#include "app.h"

static ev_idle idle;

static void on_idle(struct ev_loop *loop, ev_idle *w, int revents) {
  (void)loop, (void)w, (void)revents;
  resolve_names();
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_idle_init(&idle, on_idle);
  ev_idle_start(loop, &idle);
  return ev_run(loop, 0);
}
