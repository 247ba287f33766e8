// A lambda connected to QTimer::timeout that runs a QEventLoop made on its
// own stack: the new loop dispatches the events of the lambda's thread, so the
// lambda re-enters its own loop, as with processEvents. No fix-it: a
// QEventLoop belongs to the thread that created it, and exec() on another
// thread never returns (tried on Qt 6.4 and 5.15). The same holds when the
// loop made here is run by a helper it is passed to.
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
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-5]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  });
  QObject::connect(timer, &QTimer::timeout, timer, [] {
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    runLoop(loop);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :15:39: note: 'runLoop' runs the event loop here
    // CHECK-NOTES: :[[@LINE-6]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  });
}
