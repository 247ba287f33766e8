// libuv fs requests given a NULL callback run synchronously, so a callback
// that reaches one through a helper blocks the loop. The helpers below are
// the only place the request is made; the path to it is the point.
// Compiled as libuv compiles its tests (gnu90).
// RUN: %check_eventloop %s --checks 'eventloop-*' --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -x c -std=gnu90 -D_GNU_SOURCE

#include <fcntl.h>
#include <stddef.h>
#include <uv.h>

static uv_timer_t timer;
static uv_fs_t chmod_req;
static uv_fs_t copy_req;
static uv_fs_t utime_req;
static uv_fs_t lutime_req;

// Minimised from libuv 1.44.2 test/test-fork.c:391 (and test-fs-event.c:161,
// 357-374): a timer callback creates its file through a helper that opens it
// synchronously.
static void create_file(uv_loop_t *loop, const char *name) {
  uv_fs_t req;
  uv_fs_open(loop, &req, name, O_WRONLY | O_CREAT, 0644, NULL);
  uv_fs_req_cleanup(&req);
}

static void on_timer(uv_timer_t *handle) {
  create_file(handle->loop, "watched");
}

// Minimised from libuv 1.44.2 test/test-fs.c:259, 268 and
// test-fs-copyfile.c:55: the completion callback of an fs request checks the
// result with a synchronous stat, on no loop at all (NULL).
static void check_mode(const char *path) {
  uv_fs_t req;
  uv_fs_stat(NULL, &req, path, NULL);
  uv_fs_req_cleanup(&req);
}

static void on_chmod(uv_fs_t *req) {
  check_mode(req->path);
  uv_fs_req_cleanup(req);
}

static void on_copy(uv_fs_t *req) {
  check_mode("file");
  check_mode("copy");
  uv_fs_req_cleanup(req);
}

// Minimised from libuv 1.44.2 test/test-fs.c:875, 890, 904 (check_utime):
// the helper stats with lstat or stat depending on a flag; both branches
// block. The warning names the branch that the constant flag selects:
// uv_fs_stat for 0, uv_fs_lstat for 1.
static void check_times(const char *path, int use_lstat) {
  uv_fs_t req;
  if (use_lstat)
    uv_fs_lstat(NULL, &req, path, NULL);
  else
    uv_fs_stat(NULL, &req, path, NULL);
  uv_fs_req_cleanup(&req);
}

static void on_utime(uv_fs_t *req) {
  check_times(req->path, 0);
  uv_fs_req_cleanup(req);
}

static void on_lutime(uv_fs_t *req) {
  check_times(req->path, 1);
  uv_fs_req_cleanup(req);
}

int main(void) {
  uv_loop_t *loop = uv_default_loop();
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, 10, 0);
  uv_fs_chmod(loop, &chmod_req, "file", 0600, on_chmod);
  uv_fs_copyfile(loop, &copy_req, "file", "copy", 0, on_copy);
  uv_fs_utime(loop, &utime_req, "file", 0, 0, on_utime);
  uv_fs_lutime(loop, &lutime_req, "link", 0, 0, on_lutime);
  return uv_run(loop, UV_RUN_DEFAULT);
}

// One warning per call of a helper from a callback, at that call; the note
// "consider the same request with a callback" points there too, not at the
// request in the helper.
// CHECK-NOTES: :27:3: warning: callback blocks its libuv loop in 'uv_fs_open' [eventloop-blocking-call]
// CHECK-NOTES: :22:3: note: 'create_file' blocks here
// CHECK-NOTES: :76:3: note: callback registered with 'uv_timer_start' here
// CHECK-NOTES: :27:3: note: consider the same request with a callback instead
// CHECK-NOTES: :40:3: warning: callback blocks its libuv loop in 'uv_fs_stat' [eventloop-blocking-call]
// CHECK-NOTES: :35:3: note: 'check_mode' blocks here
// CHECK-NOTES: :77:3: note: callback registered with 'uv_fs_chmod' here
// CHECK-NOTES: :40:3: note: consider the same request with a callback instead
// CHECK-NOTES: :45:3: warning: callback blocks its libuv loop in 'uv_fs_stat' [eventloop-blocking-call]
// CHECK-NOTES: :35:3: note: 'check_mode' blocks here
// CHECK-NOTES: :78:3: note: callback registered with 'uv_fs_copyfile' here
// CHECK-NOTES: :45:3: note: consider the same request with a callback instead
// CHECK-NOTES: :46:3: warning: callback blocks its libuv loop in 'uv_fs_stat' [eventloop-blocking-call]
// CHECK-NOTES: :35:3: note: 'check_mode' blocks here
// CHECK-NOTES: :78:3: note: callback registered with 'uv_fs_copyfile' here
// CHECK-NOTES: :46:3: note: consider the same request with a callback instead
// CHECK-NOTES: :64:3: warning: callback blocks its libuv loop in 'uv_fs_stat' [eventloop-blocking-call]
// CHECK-NOTES: :59:5: note: 'check_times' blocks here
// CHECK-NOTES: :79:3: note: callback registered with 'uv_fs_utime' here
// CHECK-NOTES: :64:3: note: consider the same request with a callback instead
// CHECK-NOTES: :69:3: warning: callback blocks its libuv loop in 'uv_fs_lstat' [eventloop-blocking-call]
// CHECK-NOTES: :57:5: note: 'check_times' blocks here
// CHECK-NOTES: :80:3: note: callback registered with 'uv_fs_lutime' here
// CHECK-NOTES: :69:3: note: consider the same request with a callback instead

// OneWarningPerDefect is off in the RUN line: each starting call is a
// warning of its own, since this test is about paths that share sinks.
