// libuv: no warnings. uv_run at the top of main and in code reached only
// from main; a uv_queue_work work callback that sleeps and runs a loop (it
// runs on the thread pool), queued from main and from a timer callback with
// no after-work callback; a uv_thread_create entry that runs a loop; a
// uv_walk callback (called synchronously by uv_walk, here from main).
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <uv.h>

static uv_loop_t *loop;
static uv_work_t job;
static uv_work_t background;
static uv_timer_t timer;
static uv_thread_t worker;

static void run_until_idle(void) { uv_run(loop, UV_RUN_DEFAULT); }

static void do_work(uv_work_t *req) {
  (void)req;
  uv_sleep(50);
  uv_loop_t *own = uv_loop_new();
  uv_run(own, UV_RUN_DEFAULT);
}

static void after_work(uv_work_t *req, int status) {
  (void)req;
  (void)status;
}

static void on_timer(uv_timer_t *handle) {
  uv_queue_work(handle->loop, &background, do_work, NULL);
}

static void thread_main(void *arg) {
  (void)arg;
  uv_loop_t own;
  uv_loop_init(&own);
  uv_run(&own, UV_RUN_DEFAULT);
}

static void visit(uv_handle_t *handle, void *arg) {
  (void)handle;
  (void)arg;
  uv_sleep(1);
}

int main(void) {
  loop = uv_default_loop();
  uv_queue_work(loop, &job, do_work, after_work);
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_thread_create(&worker, thread_main, NULL);
  uv_walk(loop, visit, NULL);
  uv_run(loop, UV_RUN_DEFAULT);
  run_until_idle();
  uv_thread_join(&worker);
  return 0;
}
