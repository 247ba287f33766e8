// A modal loop is named as the code calls it. QMessageBox's exec is
// QDialog's (Qt 5 and 6 declare QMessageBox::exec for the documentation
// only), but `box.exec()` on a message box is told as 'QMessageBox::exec',
// with the message box's own alternative: the rule of the object's class,
// or of a class between it and the method's, comes first. Through a
// pointer, a smart pointer and the project's own subclass of QMessageBox
// (KeePassXC's MessageBox, qBittorrent's RaisedMessageBox) alike. A class
// that no rule names (QFileDialog's exec, a project's dialog) keeps the
// base's name, 'QDialog::exec'.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/inherited-modal-names -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/inherited-modal-names -- -std=c++17 %qt5_flags

#include <QtCore/QScopedPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>

class RaisedMessageBox : public QMessageBox {
public:
  using QMessageBox::QMessageBox;
};

class SettingsDialog : public QDialog {};

class Poller : public QObject {
  Q_OBJECT
public:
  explicit Poller(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Poller::onValue);
    connect(T, &QTimer::timeout, this, &Poller::onPointer);
    connect(T, &QTimer::timeout, this, &Poller::onScoped);
    connect(T, &QTimer::timeout, this, &Poller::onRaised);
    connect(T, &QTimer::timeout, this, &Poller::onFileDialog);
    connect(T, &QTimer::timeout, this, &Poller::onOwnDialog);
  }

  void onValue() {
    QMessageBox Box(QMessageBox::Warning, "title", "text");
    Box.exec();
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-12]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:9: note: consider 'QMessageBox::open' and a handler for its finished signal instead
  }
  void onPointer() {
    auto *Box = new QMessageBox(nullptr);
    Box->exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-18]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: consider 'QMessageBox::open' and a handler for its finished signal instead
  }
  void onScoped() {
    QScopedPointer<QMessageBox> Box(new QMessageBox(nullptr));
    Box->exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-24]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: consider 'QMessageBox::open' and a handler for its finished signal instead
  }
  void onRaised() {
    RaisedMessageBox Box(QMessageBox::Critical, "title", "text");
    Box.exec();
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-30]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:9: note: consider 'QMessageBox::open' and a handler for its finished signal instead
  }
  void onFileDialog() {
    QFileDialog Dialog;
    Dialog.exec();
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-36]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: consider 'QDialog::open' and a handler for its finished signal instead
  }
  void onOwnDialog() {
    SettingsDialog Dialog;
    Dialog.exec();
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-42]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: consider 'QDialog::open' and a handler for its finished signal instead
  }
};
