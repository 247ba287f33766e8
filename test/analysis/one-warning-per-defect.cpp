// One defect, one warning (OneWarningPerDefect, default true): callbacks
// whose routes reach one wait are one warning, at the first route by file
// and line, with a note "also reached from ... here" for each other route,
// at most 8 and then a count; two calls of one callback that reach the same
// wait are one warning too. A thin wrapper, whose only call is the wait, is
// cured at each call of it: routes through different calls stay apart.
// Findings with a fix-it stay apart: each fix-it is at its own starting
// call. Different waits stay different warnings.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20 -D_GNU_SOURCE
// With the option off, each starting call is a warning of its own.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/each --prefix EACH --config "{CheckOptions: {OneWarningPerDefect: false}}" -- -std=c++20 -D_GNU_SOURCE

#include <uv.h>
#include <unistd.h>
#include <cstdio>
// CHECK-FIXES: #include <future>
// CHECK-FIXES-EACH: #include <future>

static void note() {}
static void nap() {
  note();
  sleep(1);
}
static void flush() { nap(); }
static void drain() { nap(); }

// Two callbacks, two helpers, one wait in a helper that does more.
static void on_timer(uv_timer_t *) { flush(); }
// CHECK-NOTES: :[[@LINE-1]]:38: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-6]]:23: note: 'flush' calls 'nap' here
// CHECK-NOTES: :[[@LINE-9]]:3: note: 'nap' blocks here
// CHECK-NOTES: :[[@LINE+179]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES: :[[@LINE-5]]:38: note: consider a timer of the event loop instead
// CHECK-NOTES: :[[@LINE+6]]:38: note: also reached from 'on_check' here
// CHECK-NOTES-EACH: :[[@LINE-7]]:38: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-12]]:23: note: 'flush' calls 'nap' here
// CHECK-NOTES-EACH: :[[@LINE-15]]:3: note: 'nap' blocks here
// CHECK-NOTES-EACH: :[[@LINE+173]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-11]]:38: note: consider a timer of the event loop instead
static void on_check(uv_check_t *) { drain(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:38: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-17]]:23: note: 'drain' calls 'nap' here
// CHECK-NOTES-EACH: :[[@LINE-21]]:3: note: 'nap' blocks here
// CHECK-NOTES-EACH: :[[@LINE+169]]:3: note: callback registered with 'uv_check_start' here
// CHECK-NOTES-EACH: :[[@LINE-5]]:38: note: consider a timer of the event loop instead

// One callback, two calls of the helper that waits.
static void doze() {
  note();
  usleep(500000);
}
static void on_idle(uv_idle_t *) {
  doze();
// CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-5]]:3: note: 'doze' blocks here
// CHECK-NOTES: :[[@LINE+159]]:3: note: callback registered with 'uv_idle_start' here
// CHECK-NOTES: :[[@LINE-4]]:3: note: consider a timer of the event loop instead
// CHECK-NOTES: :[[@LINE+5]]:3: note: also reached from 'on_idle' here
// CHECK-NOTES-EACH: :[[@LINE-6]]:3: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-10]]:3: note: 'doze' blocks here
// CHECK-NOTES-EACH: :[[@LINE+154]]:3: note: callback registered with 'uv_idle_start' here
// CHECK-NOTES-EACH: :[[@LINE-9]]:3: note: consider a timer of the event loop instead
  doze();
// CHECK-NOTES-EACH: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-15]]:3: note: 'doze' blocks here
// CHECK-NOTES-EACH: :[[@LINE+149]]:3: note: callback registered with 'uv_idle_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:3: note: consider a timer of the event loop instead
}

// A private loop in a helper: each callback's call gets its own fix-it.
static void spin() {
  uv_loop_t own;
  uv_loop_init(&own);
  uv_run(&own, UV_RUN_DEFAULT);
  uv_loop_close(&own);
}
static void on_prepare(uv_prepare_t *) { spin(); }
// CHECK-NOTES: :[[@LINE-1]]:42: warning: callback blocks its libuv loop until the private loop 'own' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-5]]:3: note: 'spin' runs the event loop here
// CHECK-NOTES: :[[@LINE+137]]:3: note: callback registered with 'uv_prepare_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:42: warning: callback blocks its libuv loop until the private loop 'own' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES-EACH: :[[@LINE-8]]:3: note: 'spin' runs the event loop here
// CHECK-NOTES-EACH: :[[@LINE+134]]:3: note: callback registered with 'uv_prepare_start' here
// CHECK-FIXES: static void on_prepare(uv_prepare_t *) { std::async(std::launch::async, [&] { return spin(); }).get(); }
// CHECK-FIXES-EACH: static void on_prepare(uv_prepare_t *) { std::async(std::launch::async, [&] { return spin(); }).get(); }
static void on_async(uv_async_t *) { spin(); }
// CHECK-NOTES: :[[@LINE-1]]:38: warning: callback blocks its libuv loop until the private loop 'own' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-14]]:3: note: 'spin' runs the event loop here
// CHECK-NOTES: :[[@LINE+129]]:3: note: callback registered with 'uv_async_init' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:38: warning: callback blocks its libuv loop until the private loop 'own' run by 'uv_run' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES-EACH: :[[@LINE-17]]:3: note: 'spin' runs the event loop here
// CHECK-NOTES-EACH: :[[@LINE+126]]:3: note: callback registered with 'uv_async_init' here
// CHECK-FIXES: static void on_async(uv_async_t *) { std::async(std::launch::async, [&] { return spin(); }).get(); }
// CHECK-FIXES-EACH: static void on_async(uv_async_t *) { std::async(std::launch::async, [&] { return spin(); }).get(); }

// A thin wrapper called from two helpers: two defects; a third callback
// through the first helper is the first's.
static void waitMs(unsigned ms) { usleep(ms * 1000); }
static void pollDisk() { waitMs(20); }
static void pollNet() { waitMs(100); }
static void on_disk(uv_fs_event_t *, const char *, int, int) { pollDisk(); }
// CHECK-NOTES: :[[@LINE-1]]:64: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-4]]:26: note: 'pollDisk' calls 'waitMs' here
// CHECK-NOTES: :[[@LINE-6]]:35: note: 'waitMs' blocks here
// CHECK-NOTES: :[[@LINE+114]]:3: note: callback registered with 'uv_fs_event_start' here
// CHECK-NOTES: :[[@LINE-5]]:64: note: consider a timer of the event loop instead
// CHECK-NOTES: :[[@LINE+17]]:38: note: also reached from 'on_retry' here
// CHECK-NOTES-EACH: :[[@LINE-7]]:64: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-10]]:26: note: 'pollDisk' calls 'waitMs' here
// CHECK-NOTES-EACH: :[[@LINE-12]]:35: note: 'waitMs' blocks here
// CHECK-NOTES-EACH: :[[@LINE+108]]:3: note: callback registered with 'uv_fs_event_start' here
// CHECK-NOTES-EACH: :[[@LINE-11]]:64: note: consider a timer of the event loop instead
static void on_net(uv_poll_t *, int, int) { pollNet(); }
// CHECK-NOTES: :[[@LINE-1]]:45: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-15]]:25: note: 'pollNet' calls 'waitMs' here
// CHECK-NOTES: :[[@LINE-18]]:35: note: 'waitMs' blocks here
// CHECK-NOTES: :[[@LINE+103]]:3: note: callback registered with 'uv_poll_start' here
// CHECK-NOTES: :[[@LINE-5]]:45: note: consider a timer of the event loop instead
// CHECK-NOTES-EACH: :[[@LINE-6]]:45: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-20]]:25: note: 'pollNet' calls 'waitMs' here
// CHECK-NOTES-EACH: :[[@LINE-23]]:35: note: 'waitMs' blocks here
// CHECK-NOTES-EACH: :[[@LINE+98]]:3: note: callback registered with 'uv_poll_start' here
// CHECK-NOTES-EACH: :[[@LINE-10]]:45: note: consider a timer of the event loop instead
static void on_retry(uv_timer_t *) { pollDisk(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:38: warning: callback blocks its libuv loop in 'usleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-27]]:26: note: 'pollDisk' calls 'waitMs' here
// CHECK-NOTES-EACH: :[[@LINE-29]]:35: note: 'waitMs' blocks here
// CHECK-NOTES-EACH: :[[@LINE+93]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-5]]:38: note: consider a timer of the event loop instead

// Ten routes to one wait: eight are shown, then a count.
static void rest() {
  note();
  sleep(2);
}
static void t1(uv_timer_t *) { rest(); }
// CHECK-NOTES: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES: :[[@LINE-4]]:3: note: 'rest' blocks here
// CHECK-NOTES: :[[@LINE+83]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
// CHECK-NOTES: :[[@LINE+13]]:32: note: also reached from 't2' here
// CHECK-NOTES: :[[@LINE+17]]:32: note: also reached from 't3' here
// CHECK-NOTES: :[[@LINE+21]]:32: note: also reached from 't4' here
// CHECK-NOTES: :[[@LINE+25]]:32: note: also reached from 't5' here
// CHECK-NOTES: :[[@LINE+29]]:32: note: also reached from 't6' here
// CHECK-NOTES: :[[@LINE+33]]:32: note: also reached from 't7' here
// CHECK-NOTES: :[[@LINE+37]]:32: note: also reached from 't8' here
// CHECK-NOTES: :[[@LINE+41]]:32: note: also reached from 't9' here
// CHECK-NOTES: :[[@LINE-13]]:32: note: and 1 more route to the same call
// CHECK-NOTES-EACH: :[[@LINE-14]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-17]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+70]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-17]]:32: note: consider a timer of the event loop instead
static void t2(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-22]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+66]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t3(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-27]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+62]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t4(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-32]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+58]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t5(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-37]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+54]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t6(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-42]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+50]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t7(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-47]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+46]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t8(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-52]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+42]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t9(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:32: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-57]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+38]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:32: note: consider a timer of the event loop instead
static void t10(uv_timer_t *) { rest(); }
// CHECK-NOTES-EACH: :[[@LINE-1]]:33: warning: callback blocks its libuv loop in 'sleep' [eventloop-blocking-call]
// CHECK-NOTES-EACH: :[[@LINE-62]]:3: note: 'rest' blocks here
// CHECK-NOTES-EACH: :[[@LINE+34]]:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES-EACH: :[[@LINE-4]]:33: note: consider a timer of the event loop instead

int main() {
  uv_loop_t *loop = uv_default_loop();
  static uv_timer_t timer, timers[10];
  static uv_check_t check;
  static uv_idle_t idle;
  static uv_prepare_t prepare;
  static uv_async_t async;
  static uv_fs_event_t disk;
  static uv_poll_t net;
  static uv_timer_t retry;
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_check_init(loop, &check);
  uv_check_start(&check, on_check);
  uv_idle_init(loop, &idle);
  uv_idle_start(&idle, on_idle);
  uv_prepare_init(loop, &prepare);
  uv_prepare_start(&prepare, on_prepare);
  uv_async_init(loop, &async, on_async);
  uv_fs_event_start(&disk, on_disk, "/tmp", 0);
  uv_poll_start(&net, UV_READABLE, on_net);
  uv_timer_start(&retry, on_retry, 10, 0);
  uv_timer_start(&timers[0], t1, 10, 0);
  uv_timer_start(&timers[1], t2, 10, 0);
  uv_timer_start(&timers[2], t3, 10, 0);
  uv_timer_start(&timers[3], t4, 10, 0);
  uv_timer_start(&timers[4], t5, 10, 0);
  uv_timer_start(&timers[5], t6, 10, 0);
  uv_timer_start(&timers[6], t7, 10, 0);
  uv_timer_start(&timers[7], t8, 10, 0);
  uv_timer_start(&timers[8], t9, 10, 0);
  uv_timer_start(&timers[9], t10, 10, 0);
  return uv_run(loop, UV_RUN_DEFAULT);
}
