// libevent: no warnings. The base runs at the top of main and in code
// reached only from main; a thread entry (pthread_create) runs a base of its
// own and blocks; an evdns lookup is asynchronous.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <event2/dns.h>
#include <event2/event.h>
#include <event2/util.h>
#include <pthread.h>
#include <unistd.h>

static struct event_base *base;

static void serve(void) { event_base_dispatch(base); }

static void *worker(void *arg) {
  (void)arg;
  struct event_base *own = event_base_new();
  event_base_dispatch(own);
  sleep(1);
  return NULL;
}

static void on_resolved(int result, struct evutil_addrinfo *res, void *arg) {
  (void)result, (void)arg;
  evutil_freeaddrinfo(res);
}

int main(void) {
  base = event_base_new();
  struct evdns_base *dns = evdns_base_new(base, 1);
  evdns_getaddrinfo(dns, "example.org", "80", NULL, on_resolved, NULL);
  struct evutil_addrinfo *res;
  evutil_getaddrinfo("example.org", "80", NULL, &res);
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  event_base_dispatch(base);
  serve();
  pthread_join(t, NULL);
  return 0;
}
