// A QObject belongs to the thread that makes it, and a widget must be made
// on the GUI thread: a callback that makes one whose constructor waits is
// reported without the offload fix-it, whether it makes it itself or calls a
// helper that does. Without a fix-it the cure is on the constructor's way
// to its wait, so the routes to that wait are one warning, whichever
// construction they start from: a `Tab`, whose constructor makes a
// `Session`, is the `Session`'s defect. A class that is no QObject is
// offloaded.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/thread-affine-clients -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/thread-affine-clients -- -std=c++17 %qt5_flags
// CHECK-FIXES: #include <future>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

// Waits for its first answer in its constructor.
class Session : public QObject {
public:
  Session() {
    load();
    QThread::msleep(500);
  }
  void load() { setObjectName("session"); }
};

class Tab : public QWidget {
public:
  explicit Tab(QWidget *Parent) : QWidget(Parent) { Session S; }
};

// No QObject: made on a worker thread, it is handed back whole.
class Probe {
public:
  Probe() { QThread::msleep(500); }
};

static void remember(QWidget *Parent) { Parent->update(); }
static void openTab(QWidget *Parent) {
  new Tab(Parent);
  remember(Parent);
}

void wire(QTimer *Poll, QTimer *Retry, QWidget *Window) {
  QObject::connect(Poll, &QTimer::timeout, [] { Session S; });
// CHECK-NOTES: :[[@LINE-1]]:57: warning: callback constructs the synchronous client 'Session', whose constructor blocks in 'QThread::msleep' [eventloop-sync-client]
// CHECK-NOTES: :[[@LINE-25]]:14: note: 'Session::Session' blocks here
// CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-4]]:57: note: no automatic fix-it: 'Session' belongs to the thread that makes it
// CHECK-NOTES: :[[@LINE+3]]:55: note: also reached from the lambda here
// CHECK-NOTES: :[[@LINE+3]]:56: note: also reached from the lambda here
// CHECK-NOTES: :[[@LINE+7]]:58: note: also reached from the lambda here
  QObject::connect(Poll, &QTimer::timeout, [Window] { openTab(Window); });
  QObject::connect(Retry, &QTimer::timeout, [Window] { openTab(Window); });
  QObject::connect(Retry, &QTimer::timeout, [] { Probe P; });
// CHECK-NOTES: :[[@LINE-1]]:56: warning: callback constructs the synchronous client 'Probe', whose constructor blocks in 'QThread::msleep' [eventloop-sync-client]
// CHECK-NOTES: :[[@LINE-22]]:22: note: 'Probe::Probe' blocks here
// CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
  QObject::connect(Retry, &QTimer::timeout, [] { Session Again; });
  // CHECK-FIXES: QObject::connect(Retry, &QTimer::timeout, [] { Probe P = std::async(std::launch::async, [&] { return Probe(); }).get(); });
}
