// libuv: a request given a NULL callback runs synchronously and blocks the
// calling thread (uv_fs_open, uv_getaddrinfo), so in a callback it blocks
// the loop. The same requests with a callback, uv_fs_req_cleanup (whose last
// argument is the request, not a callback), and a synchronous request made
// in main (not loop code) are quiet.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -x c -std=c11 -D_GNU_SOURCE

#include <stddef.h>
#include <uv.h>

static uv_timer_t timer;
static uv_fs_t open_req;
static uv_getaddrinfo_t resolve_req;

static void on_open(uv_fs_t *req) { uv_fs_req_cleanup(req); }

static void on_resolved(uv_getaddrinfo_t *req, int status,
                        struct addrinfo *res) {
  (void)req, (void)status;
  uv_freeaddrinfo(res);
}

static void on_timer(uv_timer_t *handle) {
  uv_loop_t *loop = handle->loop;
  uv_fs_t req;
  uv_fs_open(loop, &req, "/etc/hostname", 0, 0, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_fs_open' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+19]]:3: note: callback registered with 'uv_timer_start' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: consider the same request with a callback instead
  uv_fs_req_cleanup(&req);
  uv_fs_open(loop, &open_req, "/etc/hostname", 0, 0, on_open);
  uv_getaddrinfo_t gai;
  uv_getaddrinfo(loop, &gai, NULL, "localhost", NULL, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its libuv loop in 'uv_getaddrinfo' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+12]]:3: note: callback registered with 'uv_timer_start' here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: consider the same request with a callback instead
  uv_freeaddrinfo(gai.addrinfo);
  uv_getaddrinfo(loop, &resolve_req, on_resolved, "localhost", NULL, NULL);
}

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  uv_fs_t req;
  uv_fs_open(loop, &req, "/etc/hostname", 0, 0, NULL);
  uv_fs_req_cleanup(&req);
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  return uv_run(loop, UV_RUN_DEFAULT);
}
