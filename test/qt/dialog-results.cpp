// A window the user works in (a QDialog) that connects a signal to its own
// slot, or to a functor in its own context, reports there on what the user
// asked it to do: the box that slot opens answers the user (a plugin
// dialog's "update failed" after its manager's download). Such a box is
// quiet by default, whether the slot is a root of its own (a signal emitted
// on a worker thread) or is reached through an emit on the loop, and
// ReportUserInputModals reports it. A nested loop in that slot is reported
// from every root, and so is the same box in a slot that code outside the
// dialog connects (a dialog made by a static function, not yet the user's
// window) or that a main window connects to itself.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/dialog-results -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/dialog-results -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/dialog-results --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMessageBox>

// Checks for updates on a timer, on the GUI thread.
class Manager : public QObject {
  Q_OBJECT
public:
  explicit Manager(QTimer *poll) {
    connect(poll, &QTimer::timeout, this, &Manager::check);
  }
  void check() {
    emit finished(false);
// CHECK-NOTES-MODALS: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-2]]:10: note: 'Manager::check' emits 'Manager::finished' here, connected to 'PluginDialog::onFinished' at dialog-results.cpp:90
// CHECK-NOTES-MODALS: :[[@LINE+70]]:20: note: 'PluginDialog::onFinished' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-7]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES-MODALS: :[[@LINE-5]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    emit progress();
// CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-2]]:10: note: 'Manager::check' emits 'Manager::progress' here, connected to 'PluginDialog::relayout' at dialog-results.cpp:91
// CHECK-NOTES: :[[@LINE+72]]:39: note: 'PluginDialog::relayout' runs the event loop here
// CHECK-NOTES: :[[@LINE-13]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:10: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
// CHECK-NOTES-MODALS: :[[@LINE-6]]:10: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-7]]:10: note: 'Manager::check' emits 'Manager::progress' here, connected to 'PluginDialog::relayout' at dialog-results.cpp:91
// CHECK-NOTES-MODALS: :[[@LINE+67]]:39: note: 'PluginDialog::relayout' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-18]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES-MODALS: :[[@LINE-10]]:10: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    emit loaded(false);
// CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-2]]:10: note: 'Manager::check' emits 'Manager::loaded' here, connected to 'AddDialog::onLoaded' at dialog-results.cpp:121
// CHECK-NOTES: :[[@LINE+73]]:38: note: 'AddDialog::onLoaded' runs the event loop here
// CHECK-NOTES: :[[@LINE-24]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-6]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-7]]:10: note: 'Manager::check' emits 'Manager::loaded' here, connected to 'AddDialog::onLoaded' at dialog-results.cpp:121
// CHECK-NOTES-MODALS: :[[@LINE+68]]:38: note: 'AddDialog::onLoaded' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-29]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES-MODALS: :[[@LINE-10]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    emit checked();
// CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-2]]:10: note: 'Manager::check' emits 'Manager::checked' here, connected to 'MainWindow::onChecked' at dialog-results.cpp:131
// CHECK-NOTES: :[[@LINE+72]]:35: note: 'MainWindow::onChecked' runs the event loop here
// CHECK-NOTES: :[[@LINE-35]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-6]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-7]]:10: note: 'Manager::check' emits 'Manager::checked' here, connected to 'MainWindow::onChecked' at dialog-results.cpp:131
// CHECK-NOTES-MODALS: :[[@LINE+67]]:35: note: 'MainWindow::onChecked' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-40]]:5: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES-MODALS: :[[@LINE-10]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
signals:
  void finished(bool ok);
  void progress();
  void loaded(bool ok);
  void checked();
};

// Installs on a thread of its own: its signals come from off the loop.
class Installer : public QThread {
  Q_OBJECT
public:
  void run() override { emit installed(); }
signals:
  void installed();
};

class PluginDialog : public QDialog {
  Q_OBJECT
public:
  PluginDialog(Manager *M, Installer *I) {
    connect(M, &Manager::finished, this, &PluginDialog::onFinished);
    connect(M, &Manager::progress, this, &PluginDialog::relayout);
    connect(I, &Installer::installed, this, &PluginDialog::onInstalled);
    connect(I, &Installer::installed, this, [this] {
      QMessageBox::information(this, "Plugins", "Ready");
// CHECK-NOTES-MODALS: :[[@LINE-1]]:20: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-3]]:5: note: callback connected to 'Installer::installed' here
// CHECK-NOTES-MODALS: :[[@LINE-3]]:20: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    });
  }
  // Reached through the emit in Manager::check: quiet.
  void onFinished(bool Ok) {
    if (!Ok)
      QMessageBox::warning(this, "Plugins", "Update failed");
  }
  // A root of its own (the installer's thread emits): quiet.
  void onInstalled() { QMessageBox::information(this, "Plugins", "Done"); }
// CHECK-NOTES-MODALS: :[[@LINE-1]]:37: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-16]]:5: note: callback connected to 'Installer::installed' here
// CHECK-NOTES-MODALS: :[[@LINE-3]]:37: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  // Other slots run in it: reported at the emit.
  void relayout() { QCoreApplication::processEvents(); }
};

// Made and connected by a static function: the dialog is not the window
// the user works in, and the box comes out of the manager's check.
class AddDialog : public QDialog {
  Q_OBJECT
public:
  static void show(Manager *M) {
    auto *D = new AddDialog;
    connect(M, &Manager::loaded, D, &AddDialog::onLoaded);
  }
  void onLoaded(bool) { QMessageBox::critical(this, "Add", "Invalid file"); }
};

// A main window is not a dialog the user opened for one task.
class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(Manager *M) {
    connect(M, &Manager::checked, this, &MainWindow::onChecked);
  }
  void onChecked() { QMessageBox::information(this, "Main", "Checked"); }
};
