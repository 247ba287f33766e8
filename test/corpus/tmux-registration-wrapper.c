// A libevent callback registered through a project wrapper, as tmux does.
// Minimised from tmux 3.3a client.c:591 -> 797 (found only with tmux's
// wrappers in RegistrationFunctions): client_dispatch, registered through
// proc_add_peer, handles MSG_LOCK with system(). proc_add_peer does not hand
// its callback to libevent: it stores it in the peer and registers a
// trampoline that calls it through that pointer; in tmux it is also defined
// in another file (proc.c).
//
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/config --prefix CONFIG --config "{CheckOptions: {RegistrationFunctions: '::peer_add'}}" -- -x c -std=gnu99 -D_GNU_SOURCE
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/config-here --prefix CONFIG --config "{CheckOptions: {RegistrationFunctions: '::peer_add'}}" -- -x c -std=gnu99 -D_GNU_SOURCE -DPEER_ADD_HERE
//
// Not configured, with peer_add here: client_dispatch is stored into a field
// that libevent's trampoline calls through, so it is loop code (field-based).
// Only declared, as in tmux's client.c, this TU alone cannot see it (the
// whole program can: whole-program/tmux-field.test). The contrast case is
// found either way.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/default --prefix DEFAULT -- -x c -std=gnu99 -D_GNU_SOURCE
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/default-here --prefix HERE -- -x c -std=gnu99 -D_GNU_SOURCE -DPEER_ADD_HERE

#include <event2/event.h>
#include <event2/event_compat.h>
#include <event2/event_struct.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum msg_type { MSG_EXIT, MSG_LOCK };
struct msg {
  enum msg_type type;
  char data[64];
};

struct peer {
  struct event event;
  void (*dispatchcb)(struct msg *, void *);
  void *arg;
};

#ifdef PEER_ADD_HERE
static void peer_event_cb(evutil_socket_t fd, short events, void *arg) {
  struct peer *peer = arg;
  struct msg m;
  if (read(fd, &m, sizeof m) != sizeof m || !(events & EV_READ))
    peer->dispatchcb(NULL, peer->arg);
  else
    peer->dispatchcb(&m, peer->arg);
}

struct peer *peer_add(int fd, void (*dispatchcb)(struct msg *, void *),
                      void *arg) {
  struct peer *peer = calloc(1, sizeof *peer);
  peer->dispatchcb = dispatchcb;
  peer->arg = arg;
  event_set(&peer->event, fd, EV_READ | EV_PERSIST, peer_event_cb, peer);
  event_add(&peer->event, NULL);
  return peer;
}
#else
struct peer *peer_add(int fd, void (*dispatchcb)(struct msg *, void *),
                      void *arg);
#endif

static void dispatch_attached(struct msg *m) {
  switch (m->type) {
  case MSG_EXIT:
    exit(0);
  case MSG_LOCK:
    m->data[sizeof m->data - 1] = '\0';
    system(m->data);
    break;
  }
}

static void client_dispatch(struct msg *m, void *arg) {
  (void)arg;
  if (m == NULL)
    exit(1);
  dispatch_attached(m);
}

// Contrast, not from tmux: this wrapper passes its callback parameter to
// event_new, so the callback is a libevent callback without configuration.
static struct event *watch_fd(struct event_base *base, int fd,
                              event_callback_fn cb, void *arg) {
  struct event *ev = event_new(base, fd, EV_READ | EV_PERSIST, cb, arg);
  event_add(ev, NULL);
  return ev;
}

static void run_hook(const char *cmd) { system(cmd); }

static void on_hook_fd(evutil_socket_t fd, short events, void *arg) {
  (void)fd, (void)events;
  run_hook(arg);
}

int main(void) {
  struct event_base *base = event_init();
  peer_add(0, client_dispatch, NULL);
  watch_fd(base, 3, on_hook_fd, "true");
  return event_base_dispatch(base);
}

// Configured: the dispatch callback is a root; its loop is "its event loop",
// the framework behind a configured registration being unknown.
// CHECK-NOTES-CONFIG: :78:3: warning: callback blocks its event loop in 'system' [eventloop-blocking-call]
// CHECK-NOTES-CONFIG: :69:5: note: 'dispatch_attached' blocks here
// CHECK-NOTES-CONFIG: :99:3: note: callback registered with 'peer_add' here
// CHECK-NOTES-CONFIG: :94:3: warning: callback blocks its libevent loop in 'system' [eventloop-blocking-call]
// CHECK-NOTES-CONFIG: :90:41: note: 'run_hook' blocks here
// CHECK-NOTES-CONFIG: :100:3: note: callback registered with 'watch_fd' here
//
// CHECK-NOTES-DEFAULT: :94:3: warning: callback blocks its libevent loop in 'system' [eventloop-blocking-call]
// CHECK-NOTES-DEFAULT: :90:41: note: 'run_hook' blocks here
// CHECK-NOTES-DEFAULT: :100:3: note: callback registered with 'watch_fd' here
//
// CHECK-NOTES-HERE: :78:3: warning: callback blocks its libevent loop in 'system' [eventloop-blocking-call]
// CHECK-NOTES-HERE: :69:5: note: 'dispatch_attached' blocks here
// CHECK-NOTES-HERE: :99:3: note: 'main' passes 'client_dispatch' to 'peer_add' here
// CHECK-NOTES-HERE: :52:20: note: stored by 'peer_add' into 'peer::dispatchcb' here
// CHECK-NOTES-HERE: :44:11: note: called through 'peer::dispatchcb' by 'peer_event_cb' here
// CHECK-NOTES-HERE: :54:3: note: callback registered with 'event_set' here
// CHECK-NOTES-HERE: :94:3: warning: callback blocks its libevent loop in 'system' [eventloop-blocking-call]
// CHECK-NOTES-HERE: :90:41: note: 'run_hook' blocks here
// CHECK-NOTES-HERE: :100:3: note: callback registered with 'watch_fd' here
