#include "app.h"

static folly::Baton<> ready;

void waitReady() { ready.wait(); }

void settle(folly::EventBase &b) { b.loopOnce(); }

void syncFlush() {
  folly::EventBase local;
  settle(local);
}
