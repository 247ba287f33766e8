// A peer of a process: its event, and the dispatch function it calls.
#include <event.h>

struct peer {
  struct event event;
  void (*dispatchcb)(int, void *);
  void *arg;
};

struct peer *proc_add_peer(struct event_base *base, int fd,
                           void (*dispatchcb)(int, void *), void *arg);
