// A function that runs the loop's pending events itself and sleeps is a
// pumping wait: the loop runs between its sleeps, so the sleeps in it and
// in what it calls are its pacing, and the loop run is the one finding.
// KeePassXC's auto-type waits between keystrokes with `Tools::wait`:
// processEvents, then a sleep of what is left of the delay, or 10 ms
// slices. A pumping wait that also waits on a socket blocks; so does a
// sleep in a function that does not pump itself, even next to a call
// that does. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>
#include <time.h>

namespace Tools {
void sleep(int ms) {
  timespec ts;
  ts.tv_sec = ms / 1000;
  ts.tv_nsec = (ms % 1000) * 1000 * 1000;
  nanosleep(&ts, nullptr);
}

void wait(int ms) {
  QElapsedTimer timer;
  timer.start();
  if (ms <= 50) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, ms);
    sleep(qMax(ms - static_cast<int>(timer.elapsed()), 0));
    return;
  }
  do {
    QCoreApplication::processEvents(QEventLoop::AllEvents, ms);
    QThread::msleep(10);
  } while (!timer.hasExpired(ms));
}

void pump() { QCoreApplication::processEvents(); }
} // namespace Tools

class AutoType : public QObject {
  Q_OBJECT
public:
  AutoType(QTimer *T, QTcpSocket *S) : Socket(S) {
    connect(T, &QTimer::timeout, this, &AutoType::typeNext);
    connect(T, &QTimer::timeout, this, &AutoType::pollPeer);
    connect(T, &QTimer::timeout, this, &AutoType::settle);
    connect(T, &QTimer::timeout, this, &AutoType::pause);
  }
  void typeNext() { Tools::wait(25); }
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-24]]:23: note: 'wait' runs the event loop here
  // CHECK-NOTES: :[[@LINE-8]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-4]]:28: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  void pollPeer() {
    QCoreApplication::processEvents();
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-12]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    Socket->waitForReadyRead(-1);
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback blocks its Qt loop in 'QAbstractSocket::waitForReadyRead' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-16]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: consider the socket's connected, readyRead and disconnected signals instead
  }
  void settle() {
    QCoreApplication::processEvents();
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-21]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    QThread::msleep(5);
  }
  void pause() {
    Tools::pump();
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-37]]:33: note: 'pump' runs the event loop here
    // CHECK-NOTES: :[[@LINE-28]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    QThread::msleep(500);
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-32]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider 'QTimer::singleShot' for the rest of the work instead
  }

private:
  QTcpSocket *Socket;
};
