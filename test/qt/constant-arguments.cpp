// A call that passes `false` or `true` to a parameter does not run what the
// callee does only for the other value: `if (transform)`, the else of `if
// (!transform)`, an operand of an `&&`, and a slot's `if (accepted)` when
// the emit passes `false` (KeePassXC's setKey(key, true, false, false) and
// dialogFinished(false)). The other value, a value only known at run time,
// a default argument, and a parameter that the callee writes before the
// test all keep the call. Each route is a warning of its own here
// (OneWarningPerDefect off), so that each call shows whether it is kept.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/constant-arguments --config "{CheckOptions: {OneWarningPerDefect: false}}" -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/constant-arguments --config "{CheckOptions: {OneWarningPerDefect: false}}" -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QTimer>

static void derive() { QCoreApplication::processEvents(); }

static void setKey(bool Update, bool Transform) {
  if (Update && Transform)
    derive();
}

static void reload(bool Cached) {
  if (!Cached) {
    return;
  } else {
    derive();
  }
}

static void open(bool Fresh = true) {
  if (Fresh)
    derive();
}

static void retry(bool Again) {
  Again = !Again;
  if (Again)
    derive();
}

class Unlock : public QObject {
  Q_OBJECT
public:
  explicit Unlock(QTimer *Poll) {
    connect(this, &Unlock::finished, this, &Unlock::load);
    connect(Poll, &QTimer::timeout, this, &Unlock::reject);
    connect(Poll, &QTimer::timeout, this, &Unlock::accept);
  }
  void reject() { emit finished(false); }
  void accept() { emit finished(true); }
// CHECK-NOTES: :[[@LINE-1]]:24: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-2]]:24: note: 'Unlock::accept' emits 'Unlock::finished' here, connected to 'Unlock::load' at constant-arguments.cpp:46
// CHECK-NOTES: :[[@LINE+6]]:7: note: 'Unlock::load' calls 'derive' here
// CHECK-NOTES: :[[@LINE-39]]:42: note: 'derive' runs the event loop here
// CHECK-NOTES: :[[@LINE-8]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-6]]:24: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  void load(bool Accepted) {
    if (Accepted)
      derive();
  }
signals:
  void finished(bool Accepted);
};

void wire(QTimer *T, bool Asked) {
  QObject::connect(T, &QTimer::timeout, [] { setKey(true, false); });
  QObject::connect(T, &QTimer::timeout, [] { setKey(true, true); });
// CHECK-NOTES: :[[@LINE-1]]:46: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-50]]:5: note: 'setKey' calls 'derive' here
// CHECK-NOTES: :[[@LINE-55]]:42: note: 'derive' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:46: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  QObject::connect(T, &QTimer::timeout, [Asked] { setKey(true, Asked); });
// CHECK-NOTES: :[[@LINE-1]]:51: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-56]]:5: note: 'setKey' calls 'derive' here
// CHECK-NOTES: :[[@LINE-61]]:42: note: 'derive' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:51: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  QObject::connect(T, &QTimer::timeout, [] { reload(false); });
  QObject::connect(T, &QTimer::timeout, [] { reload(true); });
// CHECK-NOTES: :[[@LINE-1]]:46: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-56]]:5: note: 'reload' calls 'derive' here
// CHECK-NOTES: :[[@LINE-68]]:42: note: 'derive' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:46: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  QObject::connect(T, &QTimer::timeout, [] { open(false); });
  QObject::connect(T, &QTimer::timeout, [] { open(); });
// CHECK-NOTES: :[[@LINE-1]]:46: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-57]]:5: note: 'open' calls 'derive' here
// CHECK-NOTES: :[[@LINE-75]]:42: note: 'derive' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:46: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  QObject::connect(T, &QTimer::timeout, [] { retry(false); });
// CHECK-NOTES: :[[@LINE-1]]:46: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-57]]:5: note: 'retry' calls 'derive' here
// CHECK-NOTES: :[[@LINE-81]]:42: note: 'derive' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:46: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
}
