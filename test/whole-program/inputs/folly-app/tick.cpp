#include "app.h"

void tick() { settle(evb); }
