#include "proc.h"
#include <stdlib.h>

static void proc_event_cb(int fd, short events, void *arg) {
  struct peer *peer = arg;
  peer->dispatchcb(fd, peer->arg);
}

struct peer *proc_add_peer(struct event_base *base, int fd,
                           void (*dispatchcb)(int, void *), void *arg) {
  struct peer *peer = calloc(1, sizeof *peer);
  peer->dispatchcb = dispatchcb;
  peer->arg = arg;
  event_set(&peer->event, fd, EV_READ | EV_PERSIST, proc_event_cb, peer);
  event_base_set(base, &peer->event);
  event_add(&peer->event, NULL);
  return peer;
}
