// What starts a slot decides what a modal loop in it means. A dialog that
// the user's own click, menu choice or key press opens is the ordinary use of
// a modal dialog: not reported by default. The same dialog opened from a
// timer, a process's output or a paint is. processEvents, a nested
// QEventLoop and blocking calls are reported from every root. With
// ReportUserInputModals the user's modals are reported too (MODALS).
// The registration note names the signal as the code wrote it.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QWidget>

// Asks before it deletes: a modal question, the ordinary kind.
bool confirm(QWidget *parent) {
  return QMessageBox::question(parent, "Delete", "Really?") ==
         QMessageBox::Yes;
}

class Window : public QWidget {
public:
  void wire(QPushButton *remove, QAction *settings, QComboBox *profiles,
            QProcess *worker, QTimer *autosave) {
    // The user's input: quiet by default.
    connect(remove, &QPushButton::clicked, this, &Window::onRemove);
    connect(settings, &QAction::triggered, this, [this] {
      QDialog dialog(this);
      dialog.exec();
      // CHECK-NOTES-MODALS: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES-MODALS: :[[@LINE-4]]:5: note: callback connected to 'QAction::triggered' here
      // CHECK-NOTES-MODALS: :[[@LINE-3]]:14: note: consider 'QDialog::open' and a handler for its finished signal instead
    });
    // An overload chosen with QOverload: still the combo box's activated.
    connect(profiles, QOverload<int>::of(&QComboBox::activated), this,
            [this](int) { QMessageBox::information(this, "Profile", "Set"); });
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:40: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:5: note: callback connected to 'QComboBox::activated' here
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:40: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead

    // Not the user's input: reported.
    connect(worker, &QProcess::readyReadStandardError, this, [this] {
      QMessageBox::warning(this, "Worker", "It failed");
      // CHECK-NOTES: :[[@LINE-1]]:20: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES: :[[@LINE-3]]:5: note: callback connected to 'QProcess::readyReadStandardError' here
      // CHECK-NOTES: :[[@LINE-3]]:20: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // CHECK-NOTES-MODALS: :[[@LINE-4]]:20: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES-MODALS: :[[@LINE-6]]:5: note: callback connected to 'QProcess::readyReadStandardError' here
      // CHECK-NOTES-MODALS: :[[@LINE-6]]:20: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    });
    connect(autosave, &QTimer::timeout, this, &Window::onAutosave);
  }

  void onRemove() {
    // A modal question from a click: quiet.
    if (!confirm(this))
      // With ReportUserInputModals this question is reported too, as a
      // route under the warning of onAutosave's: a question that nobody
      // asked for is the route the warning shows, and the click's is a
      // note.
      //
      return;
    // Pumping events re-enters the loop whoever clicked.
    QCoreApplication::processEvents();
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-40]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES: :[[@LINE-3]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-43]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    // So does a wait for another program (a sleep right after the pump
    // would be its pacing: test/qt/pumping-waits.cpp).
    QProcess::execute("sync", {});
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: callback blocks its Qt loop in 'QProcess::execute' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-49]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES: :[[@LINE-3]]:15: note: consider QProcess's started, readyRead and finished signals instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:15: warning: callback blocks its Qt loop in 'QProcess::execute' [eventloop-blocking-call]
    // CHECK-NOTES-MODALS: :[[@LINE-52]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:15: note: consider QProcess's started, readyRead and finished signals instead
  }

  // The same question from a timer: nobody asked for it, and the timer's
  // slot reports it, though the click's slot shares the helper.
  void onAutosave() {
    if (confirm(this))
      // CHECK-NOTES: :[[@LINE-1]]:9: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES: :[[@LINE-70]]:23: note: 'confirm' runs the event loop here
      // CHECK-NOTES: :[[@LINE-37]]:5: note: callback connected to 'QTimer::timeout' here
      // CHECK-NOTES: :[[@LINE-4]]:9: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // With ReportUserInputModals the click's question is reported as well:
      // one warning, at this route, which nobody asked for, and the click's
      // route, through the same helper, as a note under it.
      // CHECK-NOTES-MODALS: :[[@LINE-8]]:9: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES-MODALS: :[[@LINE-77]]:23: note: 'confirm' runs the event loop here
      // CHECK-NOTES-MODALS: :[[@LINE-44]]:5: note: callback connected to 'QTimer::timeout' here
      // CHECK-NOTES-MODALS: :[[@LINE-11]]:9: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // CHECK-NOTES-MODALS: :[[@LINE-41]]:10: note: also reached from 'Window::onRemove' here
      save();
  }
  void save() {}

protected:
  // Handlers of the user's input: quiet, but for the nested QEventLoop.
  void mouseDoubleClickEvent(QMouseEvent *) override {
    QDialog properties(this);
    properties.exec();
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:16: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:8: note: event handler of the user's input runs on the GUI thread's Qt event loop
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:16: note: consider 'QDialog::open' and a handler for its finished signal instead
  }
  void closeEvent(QCloseEvent *) override {
    if (QMessageBox::question(this, "Quit", "Save first?") == QMessageBox::Yes)
      // CHECK-NOTES-MODALS: :[[@LINE-1]]:22: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES-MODALS: :[[@LINE-3]]:8: note: event handler of the user's input runs on the GUI thread's Qt event loop
      // CHECK-NOTES-MODALS: :[[@LINE-3]]:22: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      save();
    QEventLoop wait;
    wait.exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-9]]:8: note: event handler of the user's input runs on the GUI thread's Qt event loop
    // CHECK-NOTES: :[[@LINE-3]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-12]]:8: note: event handler of the user's input runs on the GUI thread's Qt event loop
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  }
  // Painting is not the user's input: a dialog opened there is reported.
  void paintEvent(QPaintEvent *) override {
    QMessageBox::critical(this, "Paint", "No pixmap");
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-3]]:8: note: event handler runs on the GUI thread's Qt event loop
    // CHECK-NOTES: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:8: note: event handler runs on the GUI thread's Qt event loop
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
};

// The user's answer to a dialog shown with open(), the form the notes
// advise: quiet, too.
void askAgain(QDialog *dialog) {
  QObject::connect(dialog, &QDialog::finished, dialog, [dialog](int) {
    QMessageBox::information(dialog, "Again", "Answered");
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:12: note: callback connected to 'QDialog::finished' here
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  });
  dialog->open();
}

// A check box's state change is the user's click on it, as a button's
// toggled is: quiet.
#include <QtWidgets/QCheckBox>
void confirmSharing(QCheckBox *box) {
  QObject::connect(box, &QCheckBox::stateChanged, box, [box](int) {
    QMessageBox::question(box, "Sharing", "Share this database?");
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:12: note: callback connected to 'QCheckBox::stateChanged' here
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  });
}
