// A main-thread test (`QThread::currentThread() == qApp->thread()`, or
// `!=`, with qApp or QCoreApplication::instance()) splits a function in
// two: what runs on the main thread, and a hop for callers on other
// threads, that posts the work to the main thread and waits
// (`invokeMethod(..., Qt::BlockingQueuedConnection)`). qTox's GUI helpers
// (GUI::showInfo, GUI::askQuestion, GUI::setWindowTitle) are written so.
// A callback on the main thread's loop takes the first branch only: the
// hop is on none of its paths. The slot that the hop registers is loop
// code all the same: another thread's request, which waits for it, so a
// modal dialog there, the way that thread asks the user, is reported only
// with ReportUserInputModals (MODALS); a timer's call of the helper opens
// the dialog itself, and is reported. A test against another thread (a
// worker's) says nothing about the main thread: a hop to a worker still
// blocks a callback. A callback that posts itself to its object's thread and calls
// itself again there (qTox's `RawDatabase::open`, reopened by a re-key) is
// on that thread: the hop is not taken. (A call into such a function from
// another callback is taken as made on that thread too, and not reported:
// docs/frameworks/qt.md, Limitations.) And a class whose constructor can
// only open a modal dialog, made on the user's click, is no synchronous
// client there, as the dialog itself would not be reported. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/main-thread-tests -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/main-thread-tests -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/main-thread-tests --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QWidget>

class GUI : public QObject {
  Q_OBJECT
public:
  static GUI &getInstance() {
    static GUI Instance;
    return Instance;
  }
  static void showInfo(const QString &Msg) {
    if (QThread::currentThread() == qApp->thread()) {
      getInstance()._showInfo(Msg);
    } else {
      QMetaObject::invokeMethod(&getInstance(), "_showInfo",
                                Qt::BlockingQueuedConnection,
                                Q_ARG(const QString &, Msg));
    }
  }
  static void setTitle(const QString &Title) {
    if (QThread::currentThread() != QCoreApplication::instance()->thread()) {
      QMetaObject::invokeMethod(&getInstance(), "_setTitle",
                                Qt::BlockingQueuedConnection,
                                Q_ARG(const QString &, Title));
      return;
    }
    getInstance()._setTitle(Title);
  }
  static bool ask(const QString &Msg) {
    if (!(qApp->thread() == QThread::currentThread()) && !Msg.isEmpty()) {
      bool Ret = false;
      QMetaObject::invokeMethod(&getInstance(), "_ask",
                                Qt::BlockingQueuedConnection,
                                Q_RETURN_ARG(bool, Ret),
                                Q_ARG(const QString &, Msg));
      return Ret;
    }
    return getInstance()._ask(Msg);
  }

private slots:
  // What the hops register is loop code of its own, another thread's
  // question to the user: its modal dialogs are reported with MODALS.
  void _showInfo(const QString &Msg) {
    QMessageBox Box(QMessageBox::Information, "qTox", Msg);
    Box.exec();
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:9: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-33]]:20: note: callback registered with 'QMetaObject::invokeMethod' here
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:9: note: consider 'QMessageBox::open' and a handler for its finished signal instead
  }
  void _setTitle(const QString &Title) {}
  bool _ask(const QString &Msg) {
    return QMessageBox::question(nullptr, "qTox", Msg) == QMessageBox::Yes;
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:25: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-23]]:20: note: callback registered with 'QMetaObject::invokeMethod' here
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:25: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
};

// A worker that runs the database on a thread of its own.
class Database : public QObject {
  Q_OBJECT
public:
  Database() : Worker(new QThread) { moveToThread(Worker); }
public slots:
  bool open(const QString &Path) {
    if (QThread::currentThread() != Worker) {
      bool Ret = false;
      QMetaObject::invokeMethod(this, "open", Qt::BlockingQueuedConnection,
                                Q_RETURN_ARG(bool, Ret),
                                Q_ARG(const QString &, Path));
      return Ret;
    }
    // On the worker's thread: the hop above is not taken again.
    if (Path.isEmpty())
      return rekey(Path);
    return true;
  }

  int countNow() { return 0; }

public:
  int count() {
    int Ret = 0;
    if (QThread::currentThread() != Worker)
      QMetaObject::invokeMethod(this, "countNow", Qt::BlockingQueuedConnection,
                                Q_RETURN_ARG(int, Ret));
    else
      Ret = countNow();
    return Ret;
  }

private:
  bool rekey(const QString &Path) { return open(Path + ".tmp"); }
  QThread *Worker;
};

// Its constructor shows an error box when the database does not open.
class Profile {
public:
  explicit Profile(const QString &Name) {
    if (Name.isEmpty())
      QMessageBox::critical(nullptr, "qTox", "no profile");
  }
};

class Window : public QWidget {
  Q_OBJECT
public:
  Window(QPushButton *Save, QTimer *Tick, Database *Db) : Db(Db) {
    connect(Save, &QPushButton::clicked, this, &Window::onSave);
    connect(Tick, &QTimer::timeout, this, &Window::onTick);
  }
  void onSave() {
    GUI::showInfo("saved");
    GUI::setTitle("qTox - saved");
    // On the main thread: the boxes are the user's own (quiet), the hops
    // are not taken; the hop into the worker's thread waits for it.
    if (GUI::ask("open?") && Db->open("history.db"))
      Db->count();
      // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its Qt loop in 'QMetaObject::invokeMethod' [eventloop-blocking-call]
      // CHECK-NOTES: :[[@LINE-36]]:20: note: 'Database::count' blocks here
      // CHECK-NOTES: :[[@LINE-12]]:5: note: callback connected to 'QPushButton::clicked' here
      // CHECK-NOTES: :[[@LINE-4]]:11: note: consider 'Qt::QueuedConnection' and a signal back with the result instead
      // CHECK-NOTES-MODALS: :[[@LINE-5]]:11: warning: callback blocks its Qt loop in 'QMetaObject::invokeMethod' [eventloop-blocking-call]
      // CHECK-NOTES-MODALS: :[[@LINE-40]]:20: note: 'Database::count' blocks here
      // CHECK-NOTES-MODALS: :[[@LINE-16]]:5: note: callback connected to 'QPushButton::clicked' here
      // CHECK-NOTES-MODALS: :[[@LINE-8]]:11: note: consider 'Qt::QueuedConnection' and a signal back with the result instead
    // Only a box in its constructor: no synchronous client on a click.
    Profile P("");
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:13: warning: callback constructs the synchronous client 'Profile', whose constructor runs a private loop through 'QMessageBox::critical' [eventloop-sync-client]
    // CHECK-NOTES-MODALS: :[[@LINE-29]]:20: note: 'Profile::Profile' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-22]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES-MODALS: :[[@LINE-4]]:13: note: no automatic fix-it: offloading cannot cure this
  }
  // From a timer, the box in the constructor is reported.
  void onTick() {
    GUI::showInfo("tick");
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-127]]:21: note: 'GUI::showInfo' calls 'GUI::_showInfo' here
    // CHECK-NOTES: :[[@LINE-95]]:9: note: 'GUI::_showInfo' runs the event loop here
    // CHECK-NOTES: :[[@LINE-30]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:10: note: consider 'QMessageBox::open' and a handler for its finished signal instead
    GUI::setTitle("qTox - tick");
    Profile P("");
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: callback constructs the synchronous client 'Profile', whose constructor runs a private loop through 'QMessageBox::critical' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-44]]:20: note: 'Profile::Profile' runs the event loop here
    // CHECK-NOTES: :[[@LINE-36]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:13: note: no automatic fix-it: offloading cannot cure this
    // CHECK-NOTES-MODALS: :[[@LINE-5]]:13: warning: callback constructs the synchronous client 'Profile', whose constructor runs a private loop through 'QMessageBox::critical' [eventloop-sync-client]
    // CHECK-NOTES-MODALS: :[[@LINE-48]]:20: note: 'Profile::Profile' runs the event loop here
    // CHECK-NOTES-MODALS: :[[@LINE-40]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES-MODALS: :[[@LINE-8]]:13: note: no automatic fix-it: offloading cannot cure this
  }
  Database *Db;
};
