#include "app.h"

static ev_check check;

static void on_check(struct ev_loop *loop, ev_check *w, int revents) {
  (void)loop, (void)w, (void)revents;
  nest(ev_loop_new(0), 3);
  forth(2);
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  ev_check_init(&check, on_check);
  ev_check_start(loop, &check);
  return ev_run(loop, 0);
}
