#include "shared.h"
int b() { return shared() + 1; }
