/* Benchmark TU: a libevent echo server with a timer in C (real headers). */
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <string.h>

static void echo_read(struct bufferevent *bev, void *ctx) {
  (void)ctx;
  evbuffer_add_buffer(bufferevent_get_output(bev), bufferevent_get_input(bev));
}

static void echo_event(struct bufferevent *bev, short events, void *ctx) {
  (void)ctx;
  if (events & (BEV_EVENT_EOF | BEV_EVENT_ERROR))
    bufferevent_free(bev);
}

static void on_accept(struct evconnlistener *listener, evutil_socket_t fd,
                      struct sockaddr *addr, int len, void *ctx) {
  (void)addr;
  (void)len;
  (void)ctx;
  struct event_base *base = evconnlistener_get_base(listener);
  struct bufferevent *bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
  bufferevent_setcb(bev, echo_read, NULL, echo_event, NULL);
  bufferevent_enable(bev, EV_READ | EV_WRITE);
}

static void on_tick(evutil_socket_t fd, short what, void *arg) {
  (void)fd;
  (void)what;
  (void)arg;
}

int main(void) {
  struct event_base *base = event_base_new();
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_port = htons(7001);
  evconnlistener_new_bind(base, on_accept, NULL, LEV_OPT_REUSEABLE, -1,
                          (struct sockaddr *)&sin, sizeof(sin));
  struct timeval second = {1, 0};
  struct event *tick = event_new(base, -1, EV_PERSIST, on_tick, NULL);
  event_add(tick, &second);
  return event_base_dispatch(base);
}
