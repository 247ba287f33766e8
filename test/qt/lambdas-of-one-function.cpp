// Two lambdas of one inline member function are two functions: each sleep
// is reported with its own registration. (Their USRs are the same: both
// name the enclosing function's anonymous class's operator(); where the
// lambda is written tells them apart.)
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>

class Poller : public QObject {
public:
  void start() {
    QTimer::singleShot(0, this, [] { QThread::sleep(1); });
    // CHECK-NOTES: :[[@LINE-1]]:47: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:13: note: callback registered with 'QTimer::singleShot' here
    // CHECK-NOTES: :[[@LINE-3]]:47: note: consider 'QTimer::singleShot' for the rest of the work instead
    QTimer::singleShot(10, this, [] { QThread::msleep(5); });
    // CHECK-NOTES: :[[@LINE-1]]:48: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-2]]:13: note: callback registered with 'QTimer::singleShot' here
    // CHECK-NOTES: :[[@LINE-3]]:48: note: consider 'QTimer::singleShot' for the rest of the work instead
  }
};
