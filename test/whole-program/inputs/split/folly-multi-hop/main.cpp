#include "app.h"
#include <future>

int main() {
  folly::EventBase evb;
  evb.runInLoop([] { handle(); });
  evb.runInEventBaseThread([] { syncFlush(); });
  evb.loop();
}
