// A worker that lives on a thread of its own, with a method connected to
// that thread's start, runs the method first, on the new thread, before
// the thread's loop. A branch of the method that a member
// flag guards and sets (`if (!Started) { ...; Started = true; }`) has run
// by the time the worker's loop calls the method again (its timer, a
// single shot on itself): the branch's wait is on none of the loop's
// routes (Strawberry's DeleteFiles and Organize, which open the device's
// database there). What follows the branch is reported from those routes.
// The same holds for a worker that the code that makes it moves and
// connects. Still reported: the branch's else (the runs after the first),
// the same branch in a method that the thread's start does not run first,
// a branch that its flag guards without setting it, and the flag branch
// of a started slot of an object on the main thread (queued to the main
// loop, where the branch runs once, there). Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/thread-start-flags -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/thread-start-flags -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>

// Connects its batch to its thread's start, moves itself there.
class Deleter : public QObject {
  Q_OBJECT
public:
  void start() {
    Thread = new QThread(this);
    connect(Thread, &QThread::started, this, &Deleter::processSome);
    moveToThread(Thread);
    Thread->start();
  }

public slots:
  void processSome() {
    if (!Started) {
      QThread::sleep(1);
      Started = true;
    }
    // Guarded, not set: runs each time the flag is unset.
    if (!Ready)
      QThread::sleep(2);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+8]]:13: note: callback registered with 'QTimer::singleShot' here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: consider 'QTimer::singleShot' for the rest of the work instead
    if (Done)
      return;
    QThread::msleep(20);
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+2]]:13: note: callback registered with 'QTimer::singleShot' here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider 'QTimer::singleShot' for the rest of the work instead
    QTimer::singleShot(0, this, &Deleter::processSome);
  }
  // Not run by the thread's start: its first run is on the loop.
  void retry() {
    if (!Opened) {
      QThread::sleep(3);
      // CHECK-NOTES: :[[@LINE-1]]:16: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
      // CHECK-NOTES: :[[@LINE+60]]:12: note: callback connected to 'QTimer::timeout' here
      // CHECK-NOTES: :[[@LINE-3]]:16: note: consider 'QTimer::singleShot' for the rest of the work instead
      Opened = true;
    }
  }

private:
  QThread *Thread = nullptr;
  bool Started = false;
  bool Ready = false;
  bool Opened = false;
  bool Done = false;
};

// Moved to its thread, and its start connected, by the code that makes it.
class Scanner : public QObject {
  Q_OBJECT
public slots:
  void scan() {
    if (Index == nullptr) {
      QThread::sleep(4);
      Index = new QObject(this);
    } else {
      // The runs after the first.
      QThread::msleep(30);
      // CHECK-NOTES: :[[@LINE-1]]:16: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
      // CHECK-NOTES: :[[@LINE+3]]:13: note: callback registered with 'QTimer::singleShot' here
      // CHECK-NOTES: :[[@LINE-3]]:16: note: consider 'QTimer::singleShot' for the rest of the work instead
    }
    QTimer::singleShot(0, this, &Scanner::scan);
  }

private:
  QObject *Index = nullptr;
};

// Lives on the main thread: its started slot is queued to the main loop,
// and its first run waits there.
class Monitor : public QObject {
  Q_OBJECT
public slots:
  void onWorkerStarted() {
    if (!Opened) {
      QThread::sleep(5);
      // CHECK-NOTES: :[[@LINE-1]]:16: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
      // CHECK-NOTES: :[[@LINE+14]]:12: note: callback connected to 'QThread::started' here
      // CHECK-NOTES: :[[@LINE-3]]:16: note: consider 'QTimer::singleShot' for the rest of the work instead
      Opened = true;
    }
  }

private:
  bool Opened = false;
};

void startScanning(QThread *Thread, Deleter *D, QTimer *Retry, Monitor *M) {
  auto *S = new Scanner;
  S->moveToThread(Thread);
  QObject::connect(Thread, &QThread::started, S, &Scanner::scan);
  QObject::connect(Thread, &QThread::started, M, &Monitor::onWorkerStarted);
  QObject::connect(Retry, &QTimer::timeout, D, &Deleter::retry);
  Thread->start();
}
