#include "app.h"

void on_read(struct ev_loop *loop, ev_io *w, int revents) {
  (void)loop, (void)w, (void)revents;
  spin(worker_loop);
}

void on_timer(struct ev_loop *loop, ev_timer *w, int revents) {
  (void)loop, (void)w, (void)revents;
  nap();
}

void on_idle(struct ev_loop *loop, ev_idle *w, int revents) {
  (void)loop, (void)w, (void)revents;
  resolve_names();
}
