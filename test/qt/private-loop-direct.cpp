// A lambda connected to QTimer::timeout that runs a QEventLoop on its own
// stack: a private loop. No fix-it: offloading would move only `loop.exec()`
// to another thread, but a QEventLoop belongs to the thread that created it,
// and exec() on another thread never returns (tried on Qt 6.4 and 5.15). The
// same holds when the loop made here is run by a helper it is passed to.
// Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QTimer>

void runLoop(QEventLoop &loop) { loop.exec(); }

void wire(QTimer *timer) {
  QObject::connect(timer, &QTimer::timeout, [] {
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop until the private loop 'loop' run by 'QEventLoop::exec' returns [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-5]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: no automatic fix-it: the loop was made outside the call, and it must run on the thread that made it
    // CHECK-NOTES: :[[@LINE-4]]:10: note: consider a signal connected to a slot that continues the work instead
  });
  QObject::connect(timer, &QTimer::timeout, timer, [] {
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    runLoop(loop);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its Qt loop until the private loop 'loop' run by 'QEventLoop::exec' returns [eventloop-reentrant-run]
    // CHECK-NOTES: :14:39: note: 'runLoop' runs the event loop here
    // CHECK-NOTES: :[[@LINE-6]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: no automatic fix-it: the loop was made outside the call, and it must run on the thread that made it
    // CHECK-NOTES: :[[@LINE-5]]:5: note: consider a signal connected to a slot that continues the work instead
  });
}
