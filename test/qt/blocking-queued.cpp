// QMetaObject::invokeMethod with Qt::BlockingQueuedConnection waits until
// the receiver's thread has run the slot (on the caller's own thread it
// never returns): a blocking call, in the functor and the string form.
// The slot is still registered; a queued call waits for nothing.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/blocking-queued -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/blocking-queued -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>

class Worker : public QObject {
  Q_OBJECT
public slots:
  int compute() { return 42; }
};

class Controller : public QObject {
  Q_OBJECT
public:
  Controller(QTimer *Tick, Worker *W) : W(W) {
    connect(Tick, &QTimer::timeout, this, &Controller::onTick);
  }
  void onTick() {
    int R = 0;
    QMetaObject::invokeMethod(W, &Worker::compute,
                              Qt::BlockingQueuedConnection, &R);
    // CHECK-NOTES: :[[@LINE-2]]:18: warning: callback blocks its Qt loop in 'QMetaObject::invokeMethod' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-7]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:18: note: consider 'Qt::QueuedConnection' and a signal back with the result instead
    QMetaObject::invokeMethod(W, "compute", Qt::BlockingQueuedConnection);
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in 'QMetaObject::invokeMethod' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-11]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:18: note: consider 'Qt::QueuedConnection' and a signal back with the result instead
    QMetaObject::invokeMethod(W, &Worker::compute, Qt::QueuedConnection);
  }
  Worker *W;
};

// The thread hop: a slot that, called from another thread, posts itself to
// its object's thread and waits. The slot that invokeMethod registers runs
// on that thread, where the hop is not taken: nothing to report.
class Prompt : public QObject {
  Q_OBJECT
public slots:
  int prompt() {
    if (thread() != QThread::currentThread()) {
      int Ret = 0;
      QMetaObject::invokeMethod(this, "prompt", Qt::BlockingQueuedConnection,
                                Q_RETURN_ARG(int, Ret));
      return Ret;
    }
    return 1;
  }
};
