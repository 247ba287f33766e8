// The libev program's shared declarations.
#include <ev.h>

extern struct ev_loop *worker_loop;
// watchers.c: the callbacks main.c registers.
void on_read(struct ev_loop *loop, ev_io *w, int revents);
void on_timer(struct ev_loop *loop, ev_timer *w, int revents);
void on_idle(struct ev_loop *loop, ev_idle *w, int revents);
// work.c: helpers.
void spin(struct ev_loop *l);
void nap(void);
void resolve_names(void);
