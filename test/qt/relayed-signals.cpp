// A connection of the project's signal to another signal emits the second
// whenever the first is emitted: the callbacks of the second run as part
// of the code that emits the first, like those of any emit. A database's
// tabs emit unlocked from the unlock button's slot and reloaded from a
// file watcher's timer; the main window relays both as its own signals,
// and a service connected to the main window opens a modal dialog for
// each. The one after the user's click is quiet by default; the one after
// the timer is reported where the timer's slot emits, with the relay in
// the notes. A relay of a signal that the project never emits leaves the
// callbacks of the second signal roots of their own.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/relayed-signals -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/relayed-signals -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/relayed-signals --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QWidget>

class Tabs : public QWidget {
  Q_OBJECT
public:
  Tabs(QPushButton *unlock, QTimer *watcher) {
    connect(unlock, &QPushButton::clicked, this, &Tabs::unlockClicked);
    connect(watcher, &QTimer::timeout, this, &Tabs::fileChanged);
  }
  void unlockClicked() { emit unlocked(); }
  // CHECK-NOTES-MODALS: :[[@LINE-1]]:31: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-2]]:31: note: 'Tabs::unlockClicked' emits 'Tabs::unlocked' here, connected to 'MainWindow::databaseUnlocked' at relayed-signals.cpp:58
  // CHECK-NOTES-MODALS: :[[@LINE+27]]:5: note: 'Tabs::unlocked' is relayed here as 'MainWindow::databaseUnlocked', connected to 'Service::migrate' at relayed-signals.cpp:72
  // CHECK-NOTES-MODALS: :[[@LINE+45]]:18: note: 'Service::migrate' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE-8]]:5: note: callback connected to 'QPushButton::clicked' here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:31: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  void fileChanged() { emit reloaded(); }
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:29: note: 'Tabs::fileChanged' emits 'Tabs::reloaded' here, connected to 'MainWindow::databaseReloaded' at relayed-signals.cpp:59
  // CHECK-NOTES: :[[@LINE+21]]:5: note: 'Tabs::reloaded' is relayed here as 'MainWindow::databaseReloaded', connected to 'Service::warnReloaded' at relayed-signals.cpp:73
  // CHECK-NOTES: :[[@LINE+41]]:18: note: 'Service::warnReloaded' runs the event loop here
  // CHECK-NOTES: :[[@LINE-14]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-6]]:29: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  // CHECK-NOTES-MODALS: :[[@LINE-7]]:29: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-8]]:29: note: 'Tabs::fileChanged' emits 'Tabs::reloaded' here, connected to 'MainWindow::databaseReloaded' at relayed-signals.cpp:59
  // CHECK-NOTES-MODALS: :[[@LINE+15]]:5: note: 'Tabs::reloaded' is relayed here as 'MainWindow::databaseReloaded', connected to 'Service::warnReloaded' at relayed-signals.cpp:73
  // CHECK-NOTES-MODALS: :[[@LINE+35]]:18: note: 'Service::warnReloaded' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE-20]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-MODALS: :[[@LINE-12]]:29: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
signals:
  void unlocked();
  void reloaded();
  void closedElsewhere();
};

class MainWindow : public QWidget {
  Q_OBJECT
public:
  explicit MainWindow(Tabs *tabs) {
    connect(tabs, &Tabs::unlocked, this, &MainWindow::databaseUnlocked);
    connect(tabs, &Tabs::reloaded, this, &MainWindow::databaseReloaded);
    connect(tabs, &Tabs::closedElsewhere, this, &MainWindow::databaseClosed);
  }
signals:
  void databaseUnlocked();
  void databaseReloaded();
  void databaseClosed();
};

class Service : public QObject {
  Q_OBJECT
public:
  explicit Service(MainWindow *window) {
    connect(window, &MainWindow::databaseUnlocked, this, &Service::migrate);
    connect(window, &MainWindow::databaseReloaded, this, &Service::warnReloaded);
    connect(window, &MainWindow::databaseClosed, this, &Service::flush);
  }
  void migrate() {
    QMessageBox::question(nullptr, "Settings", "Move the old settings now?");
  }
  void warnReloaded() {
    QMessageBox::warning(nullptr, "Database", "The file changed on disk");
  }
  void flush() { QCoreApplication::processEvents(); }
  // CHECK-NOTES: :[[@LINE-1]]:36: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-10]]:5: note: callback connected to 'MainWindow::databaseClosed' here
  // CHECK-NOTES: :[[@LINE-3]]:36: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  // CHECK-NOTES-MODALS: :[[@LINE-4]]:36: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-13]]:5: note: callback connected to 'MainWindow::databaseClosed' here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:36: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
};
