// A widget is shown after it is made: what a method runs under `if
// (isVisible())` on `this` does not run when the widget's constructor calls
// that method, directly or through another method on `this` (KeePassXC's
// EntryView::resetViewToDefaults fits its columns, with a processEvents,
// only when the view is visible, and its constructor calls it). The same
// method run by a timer still runs it, and so does a constructor's call
// where the guard asks another widget.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/shown-after-construction -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/shown-after-construction -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class View : public QWidget {
  Q_OBJECT
public:
  View(QWidget *Parent, QTimer *Refresh) : QWidget(Parent) {
    connect(Refresh, &QTimer::timeout, this, &View::reset);
    setUp();
  }
  void setUp() { reset(); }
  void reset() {
    if (isVisible() && isEnabled())
      fit();
// CHECK-NOTES: :[[@LINE-1]]:7: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE+4]]:34: note: 'View::fit' runs the event loop here
// CHECK-NOTES: :[[@LINE-9]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-4]]:7: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  }
  void fit() { QCoreApplication::processEvents(); }
};

class Panel : public QWidget {
  Q_OBJECT
public:
  explicit Panel(QWidget *Parent) : QWidget(Parent) { place(Parent); }
  void place(QWidget *Parent) {
    if (isVisible())
      fit();
    if (Parent->isVisible())
      fit();
  }
  void fit() { QCoreApplication::processEvents(); }
};

class Window : public QWidget {
  Q_OBJECT
public:
  Window(QTimer *Open, QTimer *Refresh) {
    connect(Open, &QTimer::timeout, this, [this, Refresh] {
      new View(this, Refresh);
      new Panel(this);
// CHECK-NOTES: :[[@LINE-1]]:11: warning: callback constructs the synchronous client 'Panel', whose constructor re-enters the callback's Qt loop through 'QCoreApplication::processEvents' [eventloop-sync-client]
// CHECK-NOTES: :[[@LINE-18]]:55: note: 'Panel::Panel' calls 'Panel::place' here
// CHECK-NOTES: :[[@LINE-14]]:7: note: 'Panel::place' calls 'Panel::fit' here
// CHECK-NOTES: :[[@LINE-13]]:34: note: 'Panel::fit' runs the event loop here
// CHECK-NOTES: :[[@LINE-7]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-6]]:11: note: no automatic fix-it: offloading cannot cure this
    });
  }
};
