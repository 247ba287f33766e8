// A virtual slot runs the override of its object's class. uic's setupUi
// takes the form's widget as a `QDialog *` and connects the button box to
// SLOT(accept()) on it: what the user's OK runs is the dialog class's own
// accept(). A pointer to the base's member works the same way. Only the
// overrides in the receiver's class or a class derived from it are the
// slot: another task's run() is not reached through this task's timer.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/virtual-slots -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/virtual-slots -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QMessageBox>

void closeSession() { QThread::sleep(2); }

// As uic writes it for SessionDialog.ui.
class Ui_SessionDialog {
public:
  QDialogButtonBox *buttons;
  void setupUi(QDialog *SessionDialog) {
    buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel, SessionDialog);
    QObject::connect(buttons, SIGNAL(accepted()), SessionDialog,
                     SLOT(accept()));
    QObject::connect(buttons, SIGNAL(rejected()), SessionDialog,
                     SLOT(reject()));
  }
};

class SessionDialog : public QDialog {
  Q_OBJECT
public:
  explicit SessionDialog(QWidget *parent = nullptr) : QDialog(parent) {
    ui.setupUi(this);
  }

public slots:
  // The user's OK: a blocking call is reported from every root.
  void accept() override {
    closeSession();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-28]]:32: note: 'closeSession' blocks here
    // CHECK-NOTES: :[[@LINE-20]]:14: note: callback connected to 'QDialogButtonBox::accepted' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: consider 'QTimer::singleShot' for the rest of the work instead
    QDialog::accept();
  }
  // The user's Cancel opens a modal dialog: its ordinary use, quiet.
  void reject() override {
    if (QMessageBox::question(this, "Session", "Discard the changes?") ==
        QMessageBox::Yes)
      QDialog::reject();
  }

private:
  Ui_SessionDialog ui;
};

class Task : public QObject {
  Q_OBJECT
public slots:
  virtual void run() {}
};

// Connected through the base's member, on a SlowTask: its own run() is the
// slot, and its modal dialog is the timer's.
class SlowTask : public Task {
  Q_OBJECT
public:
  explicit SlowTask(QTimer *timer) {
    connect(timer, &QTimer::timeout, this, &Task::run);
  }
  void run() override { QMessageBox::information(nullptr, "Task", "Done"); }
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
};

// No class of a SlowTask's: its run() is no slot of that timer.
class FastTask : public Task {
  Q_OBJECT
public:
  void run() override { QThread::sleep(1); }
};
