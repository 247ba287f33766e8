#include "app.h"

void even(int n) { odd(n); }

void on_timer(evutil_socket_t fd, short what, void *arg) {
  (void)fd, (void)what, (void)arg;
  retry(3);
  even(4);
}
