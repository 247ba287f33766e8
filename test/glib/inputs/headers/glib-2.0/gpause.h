// Stands for a GLib header with an inline function, below a folder named
// glib-2.0 as pkg-config's -I/usr/include/glib-2.0 puts GLib's own headers.
#include <glib.h>

static inline void g_pause_briefly(void) { g_usleep(1000); }
