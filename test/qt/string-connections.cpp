// Connections written with strings: SIGNAL()/SLOT(), the member form that
// connects to `this`, QTimer::singleShot with a SLOT(), and
// QMetaObject::invokeMethod with a method's name. The slot is found by name
// in the receiver's class, the signal in the sender's, with the same notes
// and the same user-input rule as the pointer-to-member form.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

class Monitor : public QObject {
  Q_OBJECT
public:
  Monitor(QTimer *timer, QPushButton *button) {
    connect(timer, SIGNAL(timeout()), this, SLOT(onTick()));
    // The member form: the receiver is this.
    connect(button, SIGNAL(clicked()), SLOT(onClick()));
    QTimer::singleShot(100, this, SLOT(onLater()));
    QMetaObject::invokeMethod(this, "onQueued", Qt::QueuedConnection);
  }

public slots:
  void onTick() { QThread::sleep(1); }
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-10]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: consider 'QTimer::singleShot' for the rest of the work instead
  void onClick() {
    // The user's click: the message box is quiet, processEvents is not.
    QMessageBox::information(nullptr, "Monitor", "Clicked");
    QCoreApplication::processEvents();
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-15]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES: :[[@LINE-3]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  }
  void onLater() { QThread::msleep(5); }
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-19]]:13: note: callback registered with 'QTimer::singleShot' here
  // CHECK-NOTES: :[[@LINE-3]]:29: note: consider 'QTimer::singleShot' for the rest of the work instead
  void onQueued() { QThread::sleep(2); }
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-22]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
  // CHECK-NOTES: :[[@LINE-3]]:30: note: consider 'QTimer::singleShot' for the rest of the work instead
};
