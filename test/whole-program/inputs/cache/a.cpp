#include "shared.h"
int a() { return shared(); }
