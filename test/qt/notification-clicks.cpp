// A click on a desktop notification is the user's input: the notification
// server emits org.freedesktop.Notifications' ActionInvoked when the user
// clicks a notification or one of its actions, and an application hears it
// through the proxy that qdbusxml2cpp generates, a class derived from
// QDBusAbstractInterface that declares the interface's signals
// (qBittorrent's tray notification, relayed by the project's own signals to
// the main window's unlock prompt). The modal dialog it opens is quiet by
// default, as for a button's click, and ReportUserInputModals reports it.
// The same proxy's NotificationClosed is everything else (the server closes
// notifications when they expire), and so is a signal named ActionInvoked
// of a class that is no D-Bus proxy.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/notification-clicks -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/notification-clicks -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/notification-clicks --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtDBus/QDBusAbstractInterface>
#include <QtDBus/QDBusConnection>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMessageBox>

// As qdbusxml2cpp generates it from the interface's XML.
class NotificationsInterface : public QDBusAbstractInterface {
  Q_OBJECT
public:
  explicit NotificationsInterface(QObject *Parent)
      : QDBusAbstractInterface("org.freedesktop.Notifications",
                               "/org/freedesktop/Notifications",
                               "org.freedesktop.Notifications",
                               QDBusConnection::sessionBus(), Parent) {}
signals:
  void ActionInvoked(uint Id, const QString &Action);
  void NotificationClosed(uint Id, uint Reason);
};

// Relays the server's signals as the project's own.
class Notifier : public QObject {
  Q_OBJECT
public:
  Notifier() : Interface(new NotificationsInterface(this)) {
    connect(Interface, &NotificationsInterface::ActionInvoked, this,
            &Notifier::onActionInvoked);
    connect(Interface, &NotificationsInterface::NotificationClosed, this,
            &Notifier::onClosed);
  }
  void onActionInvoked(uint, const QString &) { emit clicked(); }
// CHECK-NOTES-MODALS: :[[@LINE-1]]:54: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-2]]:54: note: 'Notifier::onActionInvoked' emits 'Notifier::clicked' here, connected to 'MainWindow::unlock' at notification-clicks.cpp:81
// CHECK-NOTES-MODALS: :[[@LINE+38]]:32: note: 'MainWindow::unlock' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-9]]:5: note: callback connected to 'NotificationsInterface::ActionInvoked' here
// CHECK-NOTES-MODALS: :[[@LINE-5]]:54: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  void onClosed(uint, uint) { emit closed(); }
// CHECK-NOTES: :[[@LINE-1]]:36: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-2]]:36: note: 'Notifier::onClosed' emits 'Notifier::closed' here, connected to 'MainWindow::sayClosed' at notification-clicks.cpp:82
// CHECK-NOTES: :[[@LINE+33]]:35: note: 'MainWindow::sayClosed' runs the event loop here
// CHECK-NOTES: :[[@LINE-13]]:5: note: callback connected to 'NotificationsInterface::NotificationClosed' here
// CHECK-NOTES: :[[@LINE-5]]:36: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-6]]:36: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-7]]:36: note: 'Notifier::onClosed' emits 'Notifier::closed' here, connected to 'MainWindow::sayClosed' at notification-clicks.cpp:82
// CHECK-NOTES-MODALS: :[[@LINE+28]]:35: note: 'MainWindow::sayClosed' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-18]]:5: note: callback connected to 'NotificationsInterface::NotificationClosed' here
// CHECK-NOTES-MODALS: :[[@LINE-10]]:36: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
signals:
  void clicked();
  void closed();

private:
  NotificationsInterface *Interface;
};

// No D-Bus proxy: its ActionInvoked is the program's own.
class Engine : public QObject {
  Q_OBJECT
signals:
  void ActionInvoked(uint Id, const QString &Action);
};

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  MainWindow(Notifier *N, Engine *E) {
    connect(N, &Notifier::clicked, this, &MainWindow::unlock);
    connect(N, &Notifier::closed, this, &MainWindow::sayClosed);
    connect(E, &Engine::ActionInvoked, this, &MainWindow::onEngineAction);
  }
  // The user's click on the notification: quiet.
  void unlock() { QMessageBox::warning(this, "Unlock", "Invalid password"); }
  void sayClosed() { QMessageBox::information(this, "Transfer", "Dismissed"); }
  void onEngineAction(uint, const QString &) {
    QMessageBox::information(this, "Engine", "Action");
// CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-8]]:5: note: callback connected to 'Engine::ActionInvoked' here
// CHECK-NOTES: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-11]]:5: note: callback connected to 'Engine::ActionInvoked' here
// CHECK-NOTES-MODALS: :[[@LINE-6]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
};
