#include <event2/event.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

#define CRAWLER_WAIT true
#define CRAWLER_NOWAIT false

enum close_mode { CLOSE_WHEN_IDLE, CLOSE_NOW };

extern pthread_t crawler;

int stop_crawler(bool wait);
int stop_early(int wait);
void close_web(enum close_mode mode);
void join_given(pthread_t *t);
int join_if(unsigned flags);
void must_wait(bool wait);
void rewritten(bool wait);
void step(int kind, bool wait);

struct task {
  void (*done)(void);
};
extern struct task current;

void run_task(int logged, void (*done)(void));
void watch(struct event_base *base, event_callback_fn cb, bool once);
