#include "libc.h"
#include <ev.h>
