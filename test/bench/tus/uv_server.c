/* Benchmark TU: a libuv TCP echo server in C (real headers). */
#include <stdlib.h>
#include <uv.h>

static uv_loop_t *loop;

static void on_close(uv_handle_t *handle) { free(handle); }

static void alloc_buffer(uv_handle_t *handle, size_t size, uv_buf_t *buf) {
  (void)handle;
  buf->base = malloc(size);
  buf->len = size;
}

static void on_write(uv_write_t *req, int status) {
  (void)status;
  free(req);
}

static void on_read(uv_stream_t *client, ssize_t nread, const uv_buf_t *buf) {
  if (nread > 0) {
    uv_write_t *req = malloc(sizeof(*req));
    uv_buf_t out = uv_buf_init(buf->base, (unsigned)nread);
    uv_write(req, client, &out, 1, on_write);
    return;
  }
  if (nread < 0)
    uv_close((uv_handle_t *)client, on_close);
  free(buf->base);
}

static void on_connection(uv_stream_t *server, int status) {
  if (status < 0)
    return;
  uv_tcp_t *client = malloc(sizeof(*client));
  uv_tcp_init(loop, client);
  if (uv_accept(server, (uv_stream_t *)client) == 0)
    uv_read_start((uv_stream_t *)client, alloc_buffer, on_read);
  else
    uv_close((uv_handle_t *)client, on_close);
}

int main(void) {
  uv_tcp_t server;
  struct sockaddr_in addr;
  loop = uv_default_loop();
  uv_tcp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", 7000, &addr);
  uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0);
  uv_listen((uv_stream_t *)&server, 128, on_connection);
  return uv_run(loop, UV_RUN_DEFAULT);
}
