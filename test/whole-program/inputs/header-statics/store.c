#include "pacing.h"

int store_size(void) { return 4096; }
