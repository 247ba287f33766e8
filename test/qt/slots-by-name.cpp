// uic's setupUi ends with QMetaObject::connectSlotsByName: a slot named
// on_<object>_<signal> runs when that child emits that signal. Such a slot
// is loop code; the signal in its name says whether the user's input
// starts it (a button's clicked) or not (a timer's timeout). A modal
// dialog that a click reaches, even through the project's own signal, is
// the ordinary use of one; from a timer it is reported. A method of that
// name in a class that is no QObject is not a slot.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/slots-by-name -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/slots-by-name -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMessageBox>

class SourceDialog : public QDialog {
  Q_OBJECT
public:
  SourceDialog() {
    // As setupUi does it, after naming the children.
    QMetaObject::connectSlotsByName(this);
    connect(this, &SourceDialog::askForUrl, this, &SourceDialog::showError);
  }

private slots:
  // The user's click, relayed through the project's signal: quiet.
  void on_urlButton_clicked() { emit askForUrl(); }
  // A timer: the modal dialog is reported.
  void on_refreshTimer_timeout() { showError(); }
  // CHECK-NOTES: :[[@LINE-1]]:36: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE+8]]:35: note: 'SourceDialog::showError' runs the event loop here
  // CHECK-NOTES: :[[@LINE-3]]:8: note: slot connected by name (connectSlotsByName) runs on the GUI thread's Qt event loop
  // CHECK-NOTES: :[[@LINE-4]]:36: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  // A blocking call is reported from every root, the user's input too.
  void on_waitButton_clicked() { QThread::sleep(1); }
  // CHECK-NOTES: :[[@LINE-1]]:43: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: slot connected by name (connectSlotsByName) runs on the GUI thread's Qt event loop
  // CHECK-NOTES: :[[@LINE-3]]:43: note: consider 'QTimer::singleShot' for the rest of the work instead
  void showError() { QMessageBox::warning(this, "Source", "No such URL"); }

signals:
  void askForUrl();
};

// Not a QObject: a method of that name is an ordinary method.
struct Parser {
  void on_header_done() { QThread::sleep(1); }
};
