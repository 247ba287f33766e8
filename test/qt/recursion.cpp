// Recursion in helpers: mutual recursion that reaches processEvents, a
// recursive retry that sleeps, recursion that reaches nothing, and a slot
// that schedules itself again with QTimer::singleShot (a registration, not a
// call: the recommended way to split work, no warning). Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtCore/QTimer>

struct Node {
  Node *next = nullptr;
};

int walkEven(const Node *n);
int walkOdd(const Node *n) {
  if (!n)
    return 0;
  return walkEven(n->next) + 1;
}
int walkEven(const Node *n) {
  if (!n) {
    QCoreApplication::processEvents();
    return 0;
  }
  return walkOdd(n->next);
}

int depth(const Node *n) { return n ? depth(n->next) + 1 : 0; }

void retry(int attempts) {
  if (attempts == 0)
    return;
  QThread::msleep(100);
  retry(attempts - 1);
}

class Stepper : public QObject {
public:
  void step() {
    if (--left > 0)
      QTimer::singleShot(0, this, &Stepper::step);
  }
  int left = 10;
};

void wire(QTimer *timer, const Node *list, Stepper *stepper) {
  QObject::connect(timer, &QTimer::timeout, [list] { walkOdd(list); });
  // CHECK-NOTES: :[[@LINE-1]]:54: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-31]]:10: note: 'walkOdd' calls 'walkEven' here
  // CHECK-NOTES: :[[@LINE-28]]:23: note: 'walkEven' runs the event loop here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-5]]:54: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  QObject::connect(timer, &QTimer::timeout, [list] { depth(list); });
  timer->callOnTimeout([] { retry(3); });
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-23]]:12: note: 'retry' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: callback registered with 'QTimer::callOnTimeout' here
  // CHECK-NOTES: :[[@LINE-4]]:29: note: consider 'QTimer::singleShot' for the rest of the work instead
  QTimer::singleShot(0, stepper, &Stepper::step);
}
