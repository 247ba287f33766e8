#include "app.h"

void drain(folly::EventBase &b) { b.loop(); }
void flush(folly::EventBase &b) { drain(b); }
void syncFlush() {
  folly::EventBase local;
  flush(local);
}
