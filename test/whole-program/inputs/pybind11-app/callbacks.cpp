#include "app.h"

void on_signal() { throttle(); }
