// A widget made for one dialog (every constructor it declares takes the
// dialog: a settings dialog's page, `Page(SettingsDialog *dialog, QWidget
// *parent)`, or a class derived from one) is part of that window: a signal
// it connects to its own slot reports on what the user asked there, as a
// dialog's own slot does (dialog-results.cpp). Strawberry's settings pages
// answer the user's login with a box from the service's reply. Such a box
// is quiet by default and ReportUserInputModals (MODALS) reports it; a
// nested loop there is reported from every root. A widget that may be made
// without the dialog (another constructor, or a plain QWidget parent) is no
// part of it, and its box is reported. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/dialog-pages -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/dialog-pages -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/dialog-pages --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QWidget>

// Logs in over the network: its reply arrives on a timer here.
class Service : public QObject {
  Q_OBJECT
public:
  explicit Service(QTimer *Reply) {
    connect(Reply, &QTimer::timeout, this, &Service::onReply);
  }
  void onReply() {
    emit loginFailed();
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-2]]:10: note: 'Service::onReply' emits 'Service::loginFailed' here, connected to 'LoginPage::loginFailed' at dialog-pages.cpp:83
    // CHECK-NOTES-MODALS: :[[@LINE+56]]:20: note: 'LoginPage::loginFailed' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-7]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES-MODALS: :[[@LINE-5]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    emit progress();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-2]]:10: note: 'Service::onReply' emits 'Service::progress' here, connected to 'LoginPage::relayout' at dialog-pages.cpp:84
    // CHECK-NOTES: :[[@LINE+52]]:39: note: 'LoginPage::relayout' runs the event loop here
    // CHECK-NOTES: :[[@LINE-13]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:10: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:10: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-7]]:10: note: 'Service::onReply' emits 'Service::progress' here, connected to 'LoginPage::relayout' at dialog-pages.cpp:84
    // CHECK-NOTES-MODALS: :[[@LINE+47]]:39: note: 'LoginPage::relayout' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-18]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES-MODALS: :[[@LINE-10]]:10: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    emit statusChanged();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-2]]:10: note: 'Service::onReply' emits 'Service::statusChanged' here, connected to 'StatusPanel::changed' at dialog-pages.cpp:102
    // CHECK-NOTES: :[[@LINE+55]]:33: note: 'StatusPanel::changed' runs the event loop here
    // CHECK-NOTES: :[[@LINE-24]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-7]]:10: note: 'Service::onReply' emits 'Service::statusChanged' here, connected to 'StatusPanel::changed' at dialog-pages.cpp:102
    // CHECK-NOTES-MODALS: :[[@LINE+50]]:33: note: 'StatusPanel::changed' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-29]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES-MODALS: :[[@LINE-10]]:10: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
signals:
  void loginFailed();
  void progress();
  void statusChanged();
};

class SettingsDialog : public QDialog {
  Q_OBJECT
};

class SettingsPage : public QWidget {
  Q_OBJECT
public:
  explicit SettingsPage(SettingsDialog *Dialog, QWidget *Parent = nullptr)
      : QWidget(Parent), Owner(Dialog) {}

private:
  SettingsDialog *Owner;
};

// A page: its constructors take the dialog through its base's.
class LoginPage : public SettingsPage {
  Q_OBJECT
public:
  LoginPage(SettingsDialog *Dialog, Service *S) : SettingsPage(Dialog) {
    connect(S, &Service::loginFailed, this, &LoginPage::loginFailed);
    connect(S, &Service::progress, this, &LoginPage::relayout);
  }
  void loginFailed() {
    if (isVisible())
      QMessageBox::warning(this, "Login", "The login failed.");
  }
  void relayout() { QCoreApplication::processEvents(); }
};

// Made for the dialog, or on its own: no part of it.
class StatusPanel : public QWidget {
  Q_OBJECT
public:
  StatusPanel(SettingsDialog &Dialog, Service *S) { watch(S); }
  explicit StatusPanel(QWidget *Parent, Service *S) : QWidget(Parent) {
    watch(S);
  }
  void watch(Service *S) {
    connect(S, &Service::statusChanged, this, &StatusPanel::changed);
  }
  void changed() { QMessageBox::information(this, "Status", "Changed."); }
};
