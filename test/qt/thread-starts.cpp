// QThread::started is emitted on the new thread before run() starts its
// loop. A slot of an object that lives on that thread (moved there with
// moveToThread) runs at once, there, before the loop: the worker's first
// job, no loop code, so its wait blocks no loop (Strawberry's file workers,
// whose started slot opens the device's database). The same object's
// timer slot runs on that thread's loop and is reported; so is a started
// slot of an object that lives on the main thread, which the automatic
// connection queues to the main loop. A functor runs on its context
// object's thread, or, without one, at once on the new thread. Qt 6 and
// Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/thread-starts -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/thread-starts -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>

// Moves itself to a thread of its own when started.
class Organizer : public QObject {
  Q_OBJECT
public:
  explicit Organizer(QTimer *Retry) {
    connect(Retry, &QTimer::timeout, this, &Organizer::retry);
  }
  void start() {
    Thread = new QThread;
    connect(Thread, &QThread::started, this, &Organizer::processFiles);
    moveToThread(Thread);
    Thread->start();
  }

public slots:
  void processFiles() { QThread::msleep(500); }
  void retry() {
    QThread::msleep(100);
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-14]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider 'QTimer::singleShot' for the rest of the work instead
  }

private:
  QThread *Thread = nullptr;
};

// Moved to its thread by the code that makes it.
class Lister : public QObject {
  Q_OBJECT
public slots:
  void init() { QThread::sleep(2); }
};

// Lives on the main thread: its started slot is queued to the main loop.
class Monitor : public QObject {
  Q_OBJECT
public slots:
  void onWorkerStarted() { QThread::sleep(1); }
  // CHECK-NOTES: :[[@LINE-1]]:37: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+8]]:12: note: callback connected to 'QThread::started' here
  // CHECK-NOTES: :[[@LINE-3]]:37: note: consider 'QTimer::singleShot' for the rest of the work instead
};

void startListing(QThread *Thread, Monitor *M) {
  auto *L = new Lister;
  L->moveToThread(Thread);
  QObject::connect(Thread, &QThread::started, L, &Lister::init);
  QObject::connect(Thread, &QThread::started, M, &Monitor::onWorkerStarted);
  // Functors: on the thread of their context object, or, without one, at
  // once on the new thread.
  QObject::connect(Thread, &QThread::started, L, [] { QThread::sleep(3); });
  QObject::connect(Thread, &QThread::started, [] { QThread::msleep(5); });
  QObject::connect(Thread, &QThread::started, M, [] { QThread::msleep(800); });
  // CHECK-NOTES: :[[@LINE-1]]:64: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: callback connected to 'QThread::started' here
  // CHECK-NOTES: :[[@LINE-3]]:64: note: consider 'QTimer::singleShot' for the rest of the work instead
  Thread->start();
}
