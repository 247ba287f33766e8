#include "app.h"

void Poller::timeoutExpired() noexcept { waitReady(); }
