// GLib/GIO: waits and synchronous GIO calls in callbacks of every kind of
// registration (timeouts, I/O watches, signal handlers, GIO completions).
// RUN: %check_eventloop %s --checks eventloop-blocking-call --compile-fixed clang --tmp %t/t -- -std=c11 %glib_flags
// (--compile-fixed clang: the runner's default clang++ rejects -std=c11.)

#include <gio/gio.h>

static GMutex lock;
static GCond ready;
static gboolean done;
static GThread *helper;

static gboolean on_tick(gpointer data) {
  g_usleep(G_USEC_PER_SEC / 10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop in 'g_usleep' [eventloop-blocking-call]
  return G_SOURCE_CONTINUE;
}

static gboolean on_input(GIOChannel *channel, GIOCondition cond, gpointer data) {
  g_mutex_lock(&lock);
  while (!done)
    g_cond_wait(&ready, &lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: callback blocks its GLib loop in 'g_cond_wait' [eventloop-blocking-call]
  g_mutex_unlock(&lock);
  return G_SOURCE_CONTINUE;
}

static void on_notify(GObject *object, GParamSpec *pspec, gpointer data) {
  g_thread_join(helper);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop in 'g_thread_join' [eventloop-blocking-call]
}

static void on_loaded(GObject *source, GAsyncResult *result, gpointer data) {
  char *contents = NULL;
  gsize length = 0;
  g_file_load_contents(G_FILE(source), NULL, &contents, &length, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop in 'g_file_load_contents' [eventloop-blocking-call]
  g_free(contents);
}

static void on_connected(GObject *source, GAsyncResult *result, gpointer data) {
  GSocketConnection *conn = g_socket_client_connect_to_host(
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: callback blocks its GLib loop in 'g_socket_client_connect_to_host' [eventloop-blocking-call]
      G_SOCKET_CLIENT(source), "localhost", 80, NULL, NULL);
  GInputStream *in = g_io_stream_get_input_stream(G_IO_STREAM(conn));
  char buf[64];
  g_input_stream_read(in, buf, sizeof buf, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop in 'g_input_stream_read' [eventloop-blocking-call]
}

static gpointer work(gpointer data) { return NULL; }

int main(void) {
  helper = g_thread_new("helper", work, NULL);
  g_timeout_add(100, on_tick, NULL);
  GIOChannel *channel = g_io_channel_unix_new(0);
  g_io_add_watch(channel, G_IO_IN, on_input, NULL);
  GObject *object = g_object_new(G_TYPE_OBJECT, NULL);
  g_signal_connect(object, "notify", G_CALLBACK(on_notify), NULL);
  GFile *file = g_file_new_for_path("/etc/hostname");
  g_file_load_contents_async(file, NULL, on_loaded, NULL);
  GSocketClient *client = g_socket_client_new();
  g_socket_client_connect_to_host_async(client, "localhost", 80, NULL,
                                        on_connected, NULL);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
