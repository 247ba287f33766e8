// libuv: callbacks that sleep block the loop: uv_sleep, POSIX sleep(), and
// a uv_after_work_cb (it runs back on the loop, unlike the work callback).
// RUN: %check_eventloop %s --checks eventloop-blocking-call --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <unistd.h>
#include <uv.h>

static uv_timer_t timer;
static uv_prepare_t prepare;
static uv_work_t job;

static void on_timer(uv_timer_t *handle) {
  (void)handle;
  uv_sleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_sleep' [eventloop-blocking-call]
}

static void on_prepare(uv_prepare_t *handle) {
  (void)handle;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
}

static void do_work(uv_work_t *req) { (void)req; }

static void after_work(uv_work_t *req, int status) {
  (void)req;
  (void)status;
  usleep(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
}

// A backoff of a fraction of a millisecond between tries of a write, as in
// tmux's tty_raw: not a wait that anyone would move off the loop.
static void on_backoff(uv_timer_t *handle) {
  (void)handle;
  for (int i = 0; i < 5; i++)
    usleep(100);
  usleep(999);
}

// libuv's thread waits block the loop thread as pthread's do.
static uv_thread_t worker;
static uv_sem_t sem;
static uv_mutex_t mutex;
static uv_cond_t cond;
static uv_barrier_t barrier;

static void on_waits(uv_timer_t *handle) {
  (void)handle;
  uv_thread_join(&worker);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_thread_join' [eventloop-blocking-call]
  uv_sem_wait(&sem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_sem_wait' [eventloop-blocking-call]
  uv_mutex_lock(&mutex);
  uv_cond_wait(&cond, &mutex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_cond_wait' [eventloop-blocking-call]
  uv_cond_timedwait(&cond, &mutex, 1000000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_cond_timedwait' [eventloop-blocking-call]
  uv_mutex_unlock(&mutex);
  uv_barrier_wait(&barrier);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_barrier_wait' [eventloop-blocking-call]
}

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_timer_start(&timer, on_backoff, 10, 0);
  uv_timer_start(&timer, on_waits, 10, 0);
  uv_prepare_init(loop, &prepare);
  uv_prepare_start(&prepare, on_prepare);
  uv_queue_work(loop, &job, do_work, after_work);
  return uv_run(loop, UV_RUN_DEFAULT);
}
