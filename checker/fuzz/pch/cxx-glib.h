#include "cxx-std.h"
#include <gio/gio.h>
#include <glib.h>
