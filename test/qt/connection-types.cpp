// Which thread runs a slot, and when. A class whose objects the program
// moves to another thread (`core->moveToThread(thread)`) lives there; every
// other class lives on the main thread. An automatic connection between
// classes of different threads is queued: the slot runs later, on the
// receiver's loop, a root of its own and not a call of the emit
// (qTox's `Core::friendAdded`, emitted on the core's thread, connected to
// the window); the same emit made by code of the GUI thread calls it
// (a signal that only such code emits has no root of its own). So is a connection made with Qt::QueuedConnection,
// whatever the threads. An object moved back to the main thread
// (`moveToThread(qApp->thread())`) lives there. And
// `QMetaObject::invokeMethod(obj, "name")` without a connection type, on an
// object of the caller's thread, runs the slot at once: a call, whose
// modal dialog belongs to the caller's root (qTox's login screen, opened
// when the user deletes a profile), reported only with ReportUserInputModals
// (MODALS) when the user's click starts it. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/connection-types -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/connection-types -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/connection-types --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QWidget>

class Chat;

// The core runs on a thread of its own; its signals reach the window
// through queued connections.
class Core : public QObject {
  Q_OBJECT
public slots:
  void onStarted();

public:
  Chat *Window = nullptr;
  // Called on the GUI thread: its emit there calls the window's slot.
  void requestFriendship() { emit failedToAddFriend(); }

signals:
  void friendAdded(int Id);
  void failedToAddFriend();
};

// Made on a worker thread, moved back to the main thread to live there.
class Notifier : public QObject {
  Q_OBJECT
public:
  void notify() { emit changed(); }
signals:
  void changed();
};

class Chat : public QWidget {
  Q_OBJECT
public:
  Chat(QThread *CoreThread, QTimer *Tick, QTimer *Clock) {
    Core *C = new Core;
    C->Window = this;
    connect(CoreThread, &QThread::started, C, &Core::onStarted);
    connect(C, &Core::friendAdded, this, &Chat::addFriend);
    connect(C, &Core::failedToAddFriend, this, &Chat::addFriendFailed);
    C->moveToThread(CoreThread);

    Notifier *N = new Notifier;
    N->moveToThread(qApp->thread());
    connect(N, &Notifier::changed, this, &Chat::onChanged);
    connect(Tick, &QTimer::timeout, this, [N] { N->notify(); });
    // CHECK-NOTES: :[[@LINE-1]]:52: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-21]]:24: note: 'Notifier::notify' emits 'Notifier::changed' here, connected to 'Chat::onChanged' at connection-types.cpp:69
    // CHECK-NOTES: :[[@LINE+43]]:40: note: 'Chat::onChanged' runs the event loop here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:52: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:52: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-26]]:24: note: 'Notifier::notify' emits 'Notifier::changed' here, connected to 'Chat::onChanged' at connection-types.cpp:69
    // CHECK-NOTES-MODALS: :[[@LINE+38]]:40: note: 'Chat::onChanged' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-9]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES-MODALS: :[[@LINE-10]]:52: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead

    connect(this, &Chat::saved, this, &Chat::onSaved, Qt::QueuedConnection);
    connect(this, &Chat::closed, this, &Chat::onClosed,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    connect(Clock, &QTimer::timeout, this, &Chat::onClock);
  }

public slots:
  // Queued from the core's thread: a root of its own.
  void addFriend(int Id) {
    QEventLoop Loop;
    Loop.exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-31]]:5: note: callback connected to 'Core::friendAdded' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-34]]:5: note: callback connected to 'Core::friendAdded' here
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  }
  // Emitted only by code of the GUI thread: a call of the emit there.
  void addFriendFailed() {
    QEventLoop Loop;
    Loop.exec();
  }
  void refresh() {
    QEventLoop Loop;
    Loop.exec();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+64]]:16: note: callback registered with 'QMetaObject::invokeMethod' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:10: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE+61]]:16: note: callback registered with 'QMetaObject::invokeMethod' here
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:10: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  }
  // The notifier lives on the main thread: the timer's emit calls it.
  void onChanged() { QCoreApplication::processEvents(); }
  // Queued connections: roots of their own, not calls of the emits.
  void onSaved() { QCoreApplication::processEvents(); }
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-38]]:5: note: callback connected to 'Chat::saved' here
  // CHECK-NOTES: :[[@LINE-3]]:38: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  // CHECK-NOTES-MODALS: :[[@LINE-4]]:38: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-41]]:5: note: callback connected to 'Chat::saved' here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:38: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  void onClosed() { QCoreApplication::processEvents(); }
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-44]]:5: note: callback connected to 'Chat::closed' here
  // CHECK-NOTES: :[[@LINE-3]]:39: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  // CHECK-NOTES-MODALS: :[[@LINE-4]]:39: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-47]]:5: note: callback connected to 'Chat::closed' here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:39: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  void onClock() {
    emit saved();
    emit closed();
    // No connection type, an object of this thread: a call.
    QMetaObject::invokeMethod(this, "prompt");
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-2]]:18: note: 'Chat::onClock' calls 'Chat::prompt' through 'QMetaObject::invokeMethod' here
    // CHECK-NOTES: :[[@LINE+13]]:7: note: 'Chat::prompt' runs the event loop here
    // CHECK-NOTES: :[[@LINE-55]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:18: note: consider 'QDialog::open' and a handler for its finished signal instead
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:18: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-7]]:18: note: 'Chat::onClock' calls 'Chat::prompt' through 'QMetaObject::invokeMethod' here
    // CHECK-NOTES-MODALS: :[[@LINE+8]]:7: note: 'Chat::prompt' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-60]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES-MODALS: :[[@LINE-10]]:18: note: consider 'QDialog::open' and a handler for its finished signal instead
    // Queued: a root of its own, which the clock's slot registers.
    QMetaObject::invokeMethod(this, "promptLater", Qt::QueuedConnection);
  }
  void prompt() {
    QDialog D;
    D.exec();
  }
  void promptLater() {
    QDialog D;
    D.exec();
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-10]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
    // CHECK-NOTES: :[[@LINE-3]]:7: note: consider 'QDialog::open' and a handler for its finished signal instead
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:7: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-13]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
    // CHECK-NOTES-MODALS: :[[@LINE-6]]:7: note: consider 'QDialog::open' and a handler for its finished signal instead
  }

signals:
  void saved();
  void closed();
};

void Core::onStarted() {
  emit friendAdded(1);
  // Not the window's thread: a queued call, the slot a root of its own.
  QMetaObject::invokeMethod(Window, "refresh");
}

// The user's click: the profile's removal opens the login screen at once.
class Nexus : public QObject {
  Q_OBJECT
public slots:
  int showLogin() {
    QDialog Login;
    return Login.exec();
  }
};

Nexus TheNexus;

class ProfileForm : public QWidget {
  Q_OBJECT
public:
  explicit ProfileForm(QPushButton *Delete) {
    connect(Delete, &QPushButton::clicked, this, &ProfileForm::onDelete);
  }
  void onDelete() { removeProfile(); }
  // CHECK-NOTES-MODALS: :[[@LINE-1]]:21: warning: callback blocks its Qt loop in the modal loop of 'QDialog::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE+4]]:39: note: 'ProfileForm::removeProfile' calls 'Nexus::showLogin' through 'QMetaObject::invokeMethod' here
  // CHECK-NOTES-MODALS: :[[@LINE-15]]:18: note: 'Nexus::showLogin' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:5: note: callback connected to 'QPushButton::clicked' here
  // CHECK-NOTES-MODALS: :[[@LINE-5]]:21: note: consider 'QDialog::open' and a handler for its finished signal instead
  void removeProfile() { QMetaObject::invokeMethod(&TheNexus, "showLogin"); }
};

// The user's click asks the core on the GUI thread: the emit calls the
// window's slot at once there.
class AddFriendForm : public QWidget {
  Q_OBJECT
public:
  AddFriendForm(QPushButton *Send, Core *C) : C(C) {
    connect(Send, &QPushButton::clicked, this, &AddFriendForm::onSend);
  }
  void onSend() { C->requestFriendship(); }
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-173]]:35: note: 'Core::requestFriendship' emits 'Core::failedToAddFriend' here, connected to 'Chat::addFriendFailed' at connection-types.cpp:64
  // CHECK-NOTES: :[[@LINE-111]]:10: note: 'Chat::addFriendFailed' runs the event loop here
  // CHECK-NOTES: :[[@LINE-6]]:5: note: callback connected to 'QPushButton::clicked' here
  // CHECK-NOTES: :[[@LINE-5]]:22: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:22: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-178]]:35: note: 'Core::requestFriendship' emits 'Core::failedToAddFriend' here, connected to 'Chat::addFriendFailed' at connection-types.cpp:64
  // CHECK-NOTES-MODALS: :[[@LINE-116]]:10: note: 'Chat::addFriendFailed' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE-11]]:5: note: callback connected to 'QPushButton::clicked' here
  // CHECK-NOTES-MODALS: :[[@LINE-10]]:22: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  Core *C;
};
