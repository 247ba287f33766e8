// The GLib/GIO program's shared declarations.
#include <gio/gio.h>

extern GMainContext *ctx;
// sources.c: the callbacks main.c registers.
gboolean iterate_own(gpointer data);
void on_loaded(GObject *source, GAsyncResult *result, gpointer data);
void on_notify(GObject *object, GParamSpec *pspec, gpointer data);
// loop.c, files.c: helpers.
void drain_context(GMainContext *c);
void sync_worker(void);
char *read_config(GFile *file);
