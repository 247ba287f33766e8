// folly (MOCK: Debian has no folly package; inputs/folly_mock.h declares the
// folly names as folly does): a function run on the EventBase reaches a
// Baton wait and a private EventBase loop through three helpers each.
// RUN: %check_eventloop %s --checks 'eventloop-*' --copy %S/inputs/folly_mock.h --tmp %t/multihop/t -- -std=c++17

#include "folly_mock.h"
#include <future>

folly::Baton<> ready;

void waitReady() { ready.wait(); }
void prepare() { waitReady(); }
void handle() { prepare(); }

void drain(folly::EventBase &b) { b.loop(); }
void flush(folly::EventBase &b) { drain(b); }
void syncFlush() {
  folly::EventBase local;
  flush(local);
}

int main() {
  folly::EventBase evb;
  evb.runInLoop([] { handle(); });
  evb.runInEventBaseThread([] { syncFlush(); });
  evb.loop();
}

// CHECK-NOTES: :24:22: warning: callback blocks its folly loop in 'Baton::wait' [eventloop-blocking-call]
// CHECK-NOTES: :13:17: note: 'handle' calls 'prepare' here
// CHECK-NOTES: :12:18: note: 'prepare' calls 'waitReady' here
// CHECK-NOTES: :11:26: note: 'waitReady' blocks here
// CHECK-NOTES: :24:7: note: callback registered with 'EventBase::runInLoop' here
// CHECK-NOTES: :25:33: warning: callback blocks its folly loop until the private loop 'local' run by 'EventBase::loop' returns; consider running it on another thread [eventloop-reentrant-run]
// CHECK-NOTES: :19:3: note: 'syncFlush' calls 'flush' here
// CHECK-NOTES: :16:35: note: 'flush' calls 'drain' here
// CHECK-NOTES: :15:37: note: 'drain' runs the event loop here
// CHECK-NOTES: :25:7: note: callback registered with 'EventBase::runInEventBaseThread' here
// CHECK-FIXES: evb.runInEventBaseThread([] { std::async(std::launch::async, [&] { return syncFlush(); }).get(); });
