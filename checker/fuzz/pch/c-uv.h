#include "libc.h"
#include <uv.h>
