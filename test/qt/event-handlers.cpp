// Overrides of QObject's and QWidget's event handlers are loop code without
// any registration: a timerEvent that sleeps, a showEvent that opens a
// message box, a changeEvent two classes below QWidget that opens a menu,
// an eventFilter that pumps events. Methods that only look like handlers are
// not loop code. The handlers of the user's input are in
// user-input-roots.cpp. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QWidget>

class Poller : public QObject {
protected:
  void timerEvent(QTimerEvent *) override {
    QThread::sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-3]]:8: note: event handler runs on its object's Qt event loop
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider 'QTimer::singleShot' for the rest of the work instead
  }
  bool eventFilter(QObject *, QEvent *) override {
    QCoreApplication::processEvents();
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-3]]:8: note: event filter runs on its object's Qt event loop
    // CHECK-NOTES: :[[@LINE-3]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    return false;
  }
};

class Canvas : public QWidget {
protected:
  void showEvent(QShowEvent *) override {
    QMessageBox::information(this, "Canvas", "clicked");
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-3]]:8: note: event handler runs on the GUI thread's Qt event loop
    // CHECK-NOTES: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }

public:
  // Named like handlers, but not overrides of one: not loop code.
  void dataEvent() { QThread::sleep(1); }
  virtual void statusEvent() { QThread::sleep(1); }
};

// changeEvent overrides QAbstractButton's, which overrides QWidget's.
class MenuButton : public QPushButton {
protected:
  void changeEvent(QEvent *) override {
    QMenu menu;
    menu.exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMenu::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-4]]:8: note: event handler runs on the GUI thread's Qt event loop
    // CHECK-NOTES: :[[@LINE-3]]:10: note: consider 'QMenu::popup' and a handler for its triggered signal instead
  }
};
