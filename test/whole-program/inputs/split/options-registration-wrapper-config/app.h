#include <event2/event.h>

struct peer {
  void (*cb)(void *);
  void *arg;
};

struct peer *peer_add(struct event_base *base, int fd, void (*cb)(void *),
                      void *arg);
void watch(struct event_base *base, int fd, event_callback_fn cb);
