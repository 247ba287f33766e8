// A D-Bus call from a slot waits for the remote's reply: QDBusInterface's
// call (QDBus::AutoDetect by default, which waits for a method with a
// reply, or QDBus::Block), callWithArgumentList, QDBusConnection::call
// (QDBus::Block by default), a pending call's or watcher's waitForFinished,
// and a service's activation through QDBusConnectionInterface::startService.
// qBittorrent's power management calls logind so. The bus daemon's other
// methods (isServiceRegistered, servicePid) it answers at once itself: not
// reported. QDBus::NoBlock sends and returns, and asyncCall,
// callWithCallback and a watcher are the cure: not reported.
// QDBus::BlockWithGui waits in a nested loop of the thread's events: the
// slot's loop is re-entered. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/dbus-calls -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/dbus-calls -- -std=c++17 %qt5_flags

#include <QtCore/QTimer>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusInterface>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusPendingCallWatcher>

class Power : public QObject {
  Q_OBJECT
public:
  explicit Power(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Power::suspend);
    connect(T, &QTimer::timeout, this, &Power::inhibit);
    connect(T, &QTimer::timeout, this, &Power::query);
    connect(T, &QTimer::timeout, this, &Power::ask);
    connect(T, &QTimer::timeout, this, &Power::askWithGui);
    connect(T, &QTimer::timeout, this, &Power::waitForPending);
    connect(T, &QTimer::timeout, this, &Power::notifyAsync);
  }

  void suspend() {
    QDBusInterface Login("org.freedesktop.login1", "/org/freedesktop/login1",
                         "org.freedesktop.login1.Manager",
                         QDBusConnection::systemBus());
    Login.call("Suspend", false);
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its Qt loop in 'QDBusAbstractInterface::call' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-15]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider 'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its finished signal instead
    // Sent, no reply awaited.
    Login.call(QDBus::NoBlock, "Hibernate", false);
  }
  void inhibit() {
    Manager->callWithArgumentList(QDBus::Block, "Inhibit", {"sleep"});
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QDBusAbstractInterface::callWithArgumentList' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-22]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider 'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its finished signal instead
  }
  void query() {
    QDBusMessage M = QDBusMessage::createMethodCall(
        "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications", "GetServerInformation");
    QDBusConnection::sessionBus().call(M);
    // CHECK-NOTES: :[[@LINE-1]]:35: warning: callback blocks its Qt loop in 'QDBusConnection::call' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-30]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:35: note: consider 'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its finished signal instead
    QDBusConnection::sessionBus().call(M, QDBus::NoBlock);
  }
  bool ask() {
    // The bus daemon answers its own methods at once: not reported.
    QDBusConnectionInterface *Bus = QDBusConnection::sessionBus().interface();
    if (Bus->isServiceRegistered("org.kde.StatusNotifierWatcher"))
      return true;
    // Activating a service waits for the program it starts.
    return Bus->startService("org.kde.StatusNotifierWatcher").isValid();
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: callback blocks its Qt loop in 'QDBusConnectionInterface::startService' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-41]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:17: note: consider an 'asyncCall' of the bus's StartServiceByName and a 'QDBusPendingCallWatcher' instead
  }
  void askWithGui() {
    Screen->call(QDBus::BlockWithGui, "Lock");
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback re-enters its own Qt loop through 'QDBusAbstractInterface::call'; QDBus::BlockWithGui runs the other slots and events of its thread until the reply comes [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-46]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: no fix-it can cure this: consider 'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its finished signal instead
  }
  void waitForPending() {
    QDBusPendingCall Pending = Screen->asyncCall("GetActive");
    Pending.waitForFinished();
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback blocks its Qt loop in 'QDBusPendingCall::waitForFinished' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-52]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: consider a 'QDBusPendingCallWatcher' and its finished signal instead
  }
  // The cure: the reply is read in the watcher's handler.
  void notifyAsync() {
    auto *Watcher = new QDBusPendingCallWatcher(Screen->asyncCall("GetActive"), this);
    connect(Watcher, &QDBusPendingCallWatcher::finished, this,
            [](QDBusPendingCallWatcher *W) { W->deleteLater(); });
  }

  QDBusInterface *Manager = nullptr;
  QDBusInterface *Screen = nullptr;
};

// The other forms: a nested loop through callWithArgumentList and through
// QDBusConnection::call with QDBus::BlockWithGui, and a watcher waited for.
class Lock : public QObject {
  Q_OBJECT
public:
  explicit Lock(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Lock::lockWithGui);
    connect(T, &QTimer::timeout, this, &Lock::waitForWatcher);
  }

  void lockWithGui() {
    Screen->callWithArgumentList(QDBus::BlockWithGui, "Lock", {});
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback re-enters its own Qt loop through 'QDBusAbstractInterface::callWithArgumentList'; QDBus::BlockWithGui runs the other slots and events of its thread until the reply comes [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-7]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: no fix-it can cure this: consider 'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its finished signal instead
    QDBusConnection::sessionBus().call(Message, QDBus::BlockWithGui);
    // CHECK-NOTES: :[[@LINE-1]]:35: warning: callback re-enters its own Qt loop through 'QDBusConnection::call'; QDBus::BlockWithGui runs the other slots and events of its thread until the reply comes [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-11]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:35: note: no fix-it can cure this: consider 'asyncCall' and a 'QDBusPendingCallWatcher' with a handler for its finished signal instead
  }
  void waitForWatcher() {
    QDBusPendingCallWatcher Watcher(Screen->asyncCall("GetActive"));
    Watcher.waitForFinished();
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback blocks its Qt loop in 'QDBusPendingCallWatcher::waitForFinished' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-17]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: consider the watcher's finished signal instead
  }

  QDBusInterface *Screen = nullptr;
  QDBusMessage Message;
};
