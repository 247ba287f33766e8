#include "proc.h"
#include <stdlib.h>

static void client_dispatch(int fd, void *arg) {
  (void)fd;
  (void)arg;
  system("true");
}

void client_main(struct event_base *base, int fd) {
  proc_add_peer(base, fd, client_dispatch, NULL);
  event_base_dispatch(base);
}
