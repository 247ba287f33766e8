// A wait that a worker's loop and the main thread's loop both reach is one
// defect, shown from a route of the main thread's loop (there it freezes
// the window) even when the worker's route is more direct; the worker's is
// a note (qTox's database wait, which its own thread's hop and the GUI's
// clicks reach). With OneWarningPerDefect off (ROUTES), each route is a
// warning of its own. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/worker-routes -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/worker-routes -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/routes/worker-routes --prefix ROUTES --config "{CheckOptions: {OneWarningPerDefect: false}}" -- -std=c++20 %qt6_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class Database {
public:
  void execNow() {
    queue();
    QThread::msleep(10);
  }
  void queue() { ++Pending; }
  int Pending = 0;
};

Database TheDatabase;

// Lives on a thread of its own.
class Worker : public QObject {
  Q_OBJECT
public:
  explicit Worker(QTimer *Tick) {
    connect(Tick, &QTimer::timeout, this, &Worker::tick);
  }
  void tick() { TheDatabase.execNow(); }
  // CHECK-NOTES-ROUTES: :[[@LINE-1]]:29: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES-ROUTES: :[[@LINE-17]]:14: note: 'Database::execNow' blocks here
  // CHECK-NOTES-ROUTES: :[[@LINE-5]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-ROUTES: :[[@LINE-4]]:29: note: consider 'QTimer::singleShot' for the rest of the work instead
};

void startWorker(QThread *Thread, QTimer *Tick) {
  auto *W = new Worker(Tick);
  W->moveToThread(Thread);
}

class Window : public QWidget {
  Q_OBJECT
public:
  explicit Window(QTimer *Refresh) {
    connect(Refresh, &QTimer::timeout, this, &Window::refresh);
  }
  void refresh() { load(); }
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+10]]:29: note: 'Window::load' calls 'Database::execNow' here
  // CHECK-NOTES: :[[@LINE-36]]:14: note: 'Database::execNow' blocks here
  // CHECK-NOTES: :[[@LINE-6]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-5]]:20: note: consider 'QTimer::singleShot' for the rest of the work instead
  // CHECK-NOTES: :[[@LINE-24]]:29: note: also reached from 'Worker::tick' here
  // CHECK-NOTES-ROUTES: :[[@LINE-7]]:20: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES-ROUTES: :[[@LINE+4]]:29: note: 'Window::load' calls 'Database::execNow' here
  // CHECK-NOTES-ROUTES: :[[@LINE-42]]:14: note: 'Database::execNow' blocks here
  // CHECK-NOTES-ROUTES: :[[@LINE-12]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-ROUTES: :[[@LINE-11]]:20: note: consider 'QTimer::singleShot' for the rest of the work instead
  void load() { TheDatabase.execNow(); }
};
