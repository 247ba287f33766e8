// A function that returns when a flag of its own is set and then sets it
// (CopyQ's `if (m_activatingItem) return; m_activatingItem = true;`), or
// returns unless it takes a non-recursive lock (KeePassXC's
// `if (!m_inAutoType.tryLock()) return;`), turns its own re-entry away: a
// run of the thread's loop past the guard (processEvents, a nested
// QEventLoop, a modal dialog) is written for, and not reported. The flag
// outlives the call: a field, a static, a variable a lambda captures. Still
// reported: a run before the flag is set or after it is unset, after the
// lock's release, a guard that an `&&` makes partial, a local flag, a flag
// never unset, a recursive lock, a blocking call past the guard, and a
// helper's run on a route without the guard. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QScopedValueRollback>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QMessageBox>

class Paster : public QObject {
public:
  explicit Paster(QTimer *Timer);
  void activate();
  void activateHelper();
  void flushTwice();
  void afterReset();
  void validate();
  void autoType();
  void recursiveType();
  void joinWorker(QThread *Worker);
  void anyOf(bool Ready);
  void bothOf(bool Ready);

private:
  bool Activating = false;
  bool Validating = false;
  QMutex InAutoType;
  QRecursiveMutex Recursive;
};

void Paster::activateHelper() { QCoreApplication::processEvents(); }

void Paster::activate() {
  if (Activating)
    return;
  Activating = true;
  activateHelper();
  Activating = false;
}

void Paster::flushTwice() {
  if (Activating)
    return;
  QCoreApplication::processEvents();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+72]]:3: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  Activating = true;
  QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
  Activating = false;
}

void Paster::afterReset() {
  if (Activating)
    return;
  Activating = true;
  Activating = false;
  QCoreApplication::processEvents();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+59]]:3: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
}

void Paster::validate() {
  if (Validating)
    return;
  QScopedValueRollback<bool> Rollback(Validating, true);
  QMessageBox::warning(nullptr, "Range", "The second value must be greater");
}

void Paster::autoType() {
  if (!InAutoType.tryLock())
    return;
  QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  InAutoType.unlock();
  QCoreApplication::processEvents();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+43]]:3: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
}

void Paster::recursiveType() {
  if (!Recursive.tryLock())
    return;
  QCoreApplication::processEvents();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+35]]:3: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  Recursive.unlock();
}

void Paster::joinWorker(QThread *Worker) {
  if (Activating)
    return;
  Activating = true;
  Worker->wait();
  Activating = false;
}

void Paster::anyOf(bool Ready) {
  if (Activating || !Ready)
    return;
  Activating = true;
  QCoreApplication::processEvents();
  Activating = false;
}

void Paster::bothOf(bool Ready) {
  if (Activating && Ready)
    return;
  Activating = true;
  QCoreApplication::processEvents();
  Activating = false;
}

Paster::Paster(QTimer *Timer) {
  connect(Timer, &QTimer::timeout, this, &Paster::activate);
  connect(Timer, &QTimer::timeout, this, &Paster::flushTwice);
  connect(Timer, &QTimer::timeout, this, &Paster::afterReset);
  connect(Timer, &QTimer::timeout, this, &Paster::validate);
  connect(Timer, &QTimer::timeout, this, &Paster::autoType);
  connect(Timer, &QTimer::timeout, this, &Paster::recursiveType);
  connect(Timer, &QTimer::timeout, this, [this] { anyOf(true); });
  connect(Timer, &QTimer::timeout, this, [this] { bothOf(true); });
  // CHECK-NOTES: :[[@LINE-1]]:51: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-14]]:21: note: 'Paster::bothOf' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-4]]:51: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  connect(Timer, &QTimer::timeout, this, [this, Timer] {
    joinWorker(qobject_cast<QThread *>(Timer->parent()));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its Qt loop in 'QThread::wait' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-36]]:11: note: 'Paster::joinWorker' blocks here
    // CHECK-NOTES: :[[@LINE-4]]:3: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: consider the thread's finished signal instead
  });
}

// A lambda's flag is a variable it captures (CopyQ's `running` in the
// timer of runDisplayCommands); a flag made on each call guards nothing.
void runDisplay(QTimer *Timer) {
  QEventLoop Loop;
  bool Running = false;
  QObject::connect(Timer, &QTimer::timeout, &Loop, [&] {
    if (Running)
      return;
    Running = true;
    QEventLoop Reply;
    Reply.exec();
    Running = false;
  });
  QObject::connect(Timer, &QTimer::timeout, &Loop, [&] {
    bool Local = false;
    if (Local)
      return;
    Local = true;
    QEventLoop Reply;
    Reply.exec();
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-8]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  });
  Loop.exec();
}

// One helper, two routes: the guarded one is left, the other reported.
static bool Flushing = false;
void flush() { QCoreApplication::processEvents(); }
// CHECK-NOTES: :[[@LINE-1]]:34: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE+11]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-3]]:34: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
void guardedFlush() {
  if (Flushing)
    return;
  Flushing = true;
  flush();
  Flushing = false;
}
void flushBoth(QTimer *Timer) {
  QObject::connect(Timer, &QTimer::timeout, &guardedFlush);
  QObject::connect(Timer, &QTimer::timeout, &flush);
}

// A flag that is never unset says "once", not "not again while busy"
// (KeePassXC's `if (m_signalSent) return; m_signalSent = true; emit
// completed(...);`): no guard.
static bool Sent = false;
void sendOnce() {
  if (Sent)
    return;
  Sent = true;
  QCoreApplication::processEvents();
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+4]]:12: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
}
void sendWhenDue(QTimer *Timer) {
  QObject::connect(Timer, &QTimer::timeout, &sendOnce);
}
