#include "app.h"

Poller::Poller(Source *s) : source(s) {
  connect(&timer, &QTimer::timeout, this, &Poller::onTick);
  timer.callOnTimeout(this, [this] { check(); });
}

void Poller::onTick() {
  int value = refresh();
  (void)value;
}
