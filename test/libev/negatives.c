// libev in C: no warnings. ev_run and ev_sleep at the top of main and in
// code reached only from main; a thread entry (pthread_create) that runs a
// loop of its own and sleeps.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <ev.h>
#include <pthread.h>

static void serve(struct ev_loop *loop) {
  ev_sleep(0.1);
  ev_run(loop, 0);
}

static void *worker(void *arg) {
  (void)arg;
  struct ev_loop *own = ev_loop_new(0);
  ev_run(own, 0);
  ev_sleep(1.0);
  ev_loop_destroy(own);
  return NULL;
}

int main(void) {
  struct ev_loop *loop = EV_DEFAULT;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  ev_run(loop, EVRUN_NOWAIT);
  ev_loop(loop, EVRUN_NOWAIT);
  serve(loop);
  pthread_join(t, NULL);
  return 0;
}
