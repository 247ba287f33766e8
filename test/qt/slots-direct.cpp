// Slots and functors registered through every Qt registration API that call a
// loop run or a blocking function themselves: modal GUI loops (no fix-it),
// processEvents and QApplication::exec (the same loop, no fix-it) and a
// sleep. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>

class Window : public QObject {
  Q_OBJECT
public:
  void askUser() {
    QDialog dialog;
    dialog.exec();
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+14]]:12: note: callback connected to 'Window::clicked' here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: consider 'QDialog::open' and a handler for its finished signal instead
  }
  void pump() { QCoreApplication::processEvents(); }
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+10]]:12: note: callback connected to 'Window::pumped' here
  // CHECK-NOTES: :[[@LINE-3]]:35: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
signals:
  void clicked();
  void pumped();
};

void wire(Window *w, QTimer *timer) {
  // The functor overload with a member function pointer as the slot.
  QObject::connect(w, &Window::clicked, w, &Window::askUser);
  QObject::connect(w, &Window::pumped, w, &Window::pump);

  QTimer::singleShot(0, w, [] { QMessageBox::question(nullptr, "t", "q"); });
  // CHECK-NOTES: :[[@LINE-1]]:46: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:11: note: callback registered with 'QTimer::singleShot' here
  // CHECK-NOTES: :[[@LINE-3]]:46: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead

  timer->callOnTimeout([] { QThread::msleep(10); });
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: callback registered with 'QTimer::callOnTimeout' here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: consider 'QTimer::singleShot' for the rest of the work instead

  QMetaObject::invokeMethod(w, [] { QFileDialog::getOpenFileName(); });
  // CHECK-NOTES: :[[@LINE-1]]:50: warning: callback blocks its Qt loop in the modal loop of 'QFileDialog::getOpenFileName'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:16: note: callback registered with 'QMetaObject::invokeMethod' here
  // CHECK-NOTES: :[[@LINE-3]]:50: note: consider a 'QFileDialog' shown with 'open' and a handler for its fileSelected signal instead

  // Qt prints "The event loop is already running" and returns.
  QObject::connect(w, &Window::pumped, w, [] { QApplication::exec(); });
  // CHECK-NOTES: :[[@LINE-1]]:62: warning: callback re-enters its own Qt loop through 'QApplication::exec'; Qt refuses to start QCoreApplication::exec while the event loop is already running [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: callback connected to 'Window::pumped' here
  // CHECK-NOTES: :[[@LINE-3]]:62: note: no fix-it can cure this: consider returning to the running loop and continuing in a slot instead

  // The functor overload without a context object.
  QObject::connect(w, &Window::clicked, [w] { w->askUser(); });
  // No warning of its own: the lambda calls Window::askUser, itself a slot
  // of the same loop (connected above), whose warning tells the modal loop
  // once, where the cure goes (test/analysis/root-through-root.c).
  //
}
