// A menu's or a toolbar's action made with its slot (QMenu::addAction(text,
// receiver, slot)) makes the slot loop code that the user's choice runs: a
// modal dialog there is quiet, processEvents is not. QObject::disconnect
// names a slot without calling it: no path goes into it.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 --prefix QT5 -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>

class Window : public QWidget {
public:
  void build(QMenu *menu, QTimer *timer) {
    menu->addAction("Delete", this, &Window::onDelete);
    menu->addAction("Refresh", this, &Window::onRefresh);
    // Taking a connection apart calls nothing.
    QTimer::singleShot(0, this, [this, timer] {
      QObject::disconnect(timer, &QTimer::timeout, this, &Window::onTick);
    });
  }
  void onDelete() { QMessageBox::question(this, "Delete", "Really?"); }
  void onRefresh() { QCoreApplication::processEvents(); }
  // Qt 6 declares the functor overloads in QWidget, Qt 5 in QMenu.
  // CHECK-NOTES: :[[@LINE-2]]:40: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-10]]:11: note: callback registered with 'QWidget::addAction' here
  // CHECK-NOTES: :[[@LINE-4]]:40: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  // CHECK-NOTES-QT5: :[[@LINE-5]]:40: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES-QT5: :[[@LINE-13]]:11: note: callback registered with 'QMenu::addAction' here
  // CHECK-NOTES-QT5: :[[@LINE-7]]:40: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  void onTick() { QThread::sleep(1); }
};
