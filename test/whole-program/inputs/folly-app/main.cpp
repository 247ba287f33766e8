#include "app.h"

folly::EventBase evb;

int main() {
  Poller poller(&evb);
  evb.runAfterDelay(tick, 100);
  evb.runInEventBaseThread([] { syncFlush(); });
  evb.loop();
}
