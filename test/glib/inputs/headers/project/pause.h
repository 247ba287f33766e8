// The same helper in a project header.
#include <glib.h>

static inline void pause_briefly(void) { g_usleep(1000); }
