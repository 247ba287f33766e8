// A function that every call passes the same constant runs, at each call,
// a copy of its body without the branches for other values, and no call
// runs the function as written; the copy still emits its signals where its
// callers run it. KeePassXC's `Group::setParent` runs a copy wherever
// `trackPrevious` is `true` (its `setPreviousParentGroup(nullptr)` takes
// one arm of a `?:`), and `groupAdded`, which `Database` relays to the
// share observer's import, is emitted in that copy only. The slots
// connected to those signals are no roots of their own: the nested loops
// they run are reported from the timer that starts the path, directly and
// through the relay. A pointer tested for null, or compared with it, takes
// the branch for null when the call passes a null pointer.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/copied-emitters -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/copied-emitters -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QTimer>

class Group : public QObject {
  Q_OBJECT
public:
  void setParent(Group *NewParent, Group *Previous) {
    if (Previous)
      PreviousName = Previous->name();
    Parent = NewParent;
    emit added();
  }
  void moveTo(Group *NewParent, Group *Previous) {
    if (Previous != nullptr)
      PreviousName = Previous->name();
    Parent = NewParent;
    emit moved();
  }
  int name() const { return Name; }
signals:
  void added();
  void moved();

private:
  Group *Parent = nullptr;
  int Name = 0;
  int PreviousName = 0;
};

class Database : public QObject {
  Q_OBJECT
public:
  explicit Database(Group *Root) {
    connect(Root, &Group::moved, this, &Database::groupMoved);
  }
signals:
  void groupMoved();
};

class ShareObserver : public QObject {
  Q_OBJECT
public:
  ShareObserver(Group *Root, Database *Db) {
    connect(Root, &Group::added, this, &ShareObserver::reindex);
    connect(Db, &Database::groupMoved, this, &ShareObserver::importShares);
  }
  void reindex() {
    QEventLoop Loop;
    Loop.exec();
  }
  void importShares() { QCoreApplication::processEvents(); }
};

class Merger : public QObject {
  Q_OBJECT
public:
  Merger(Group *Root, QTimer *T) : Root(Root) {
    connect(T, &QTimer::timeout, this, &Merger::merge);
    connect(T, &QTimer::timeout, this, &Merger::move);
  }
  void merge() {
    auto *G = new Group;
    G->setParent(Root, nullptr);
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-54]]:10: note: 'Group::setParent' emits 'Group::added' here, connected to 'ShareObserver::reindex' at copied-emitters.cpp:60
    // CHECK-NOTES: :[[@LINE-17]]:10: note: 'ShareObserver::reindex' runs the event loop here
    // CHECK-NOTES: :[[@LINE-9]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:8: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  }
  void move() {
    auto *G = new Group;
    G->moveTo(Root, nullptr);
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-57]]:10: note: 'Group::moveTo' emits 'Group::moved' here, connected to 'Database::groupMoved' at copied-emitters.cpp:50
    // CHECK-NOTES: :[[@LINE-41]]:5: note: 'Group::moved' is relayed here as 'Database::groupMoved', connected to 'ShareObserver::importShares' at copied-emitters.cpp:61
    // CHECK-NOTES: :[[@LINE-25]]:43: note: 'ShareObserver::importShares' runs the event loop here
    // CHECK-NOTES: :[[@LINE-18]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-6]]:8: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  }

private:
  Group *Root;
};

// A pointer compared with null, or tested before an early return: a call
// that passes nullptr runs none of what the pointer guards.
static void showProgress(int *Done) {
  if (Done != nullptr)
    QCoreApplication::processEvents();
}

static void flush(QObject *Parent) {
  if (!Parent)
    return;
  QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

class Worker : public QObject {
  Q_OBJECT
public:
  explicit Worker(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Worker::quietly);
    connect(T, &QTimer::timeout, this, &Worker::withProgress);
    connect(T, &QTimer::timeout, this, &Worker::withParent);
  }
  void quietly() {
    showProgress(nullptr);
    flush(nullptr);
  }
  void withProgress() {
    int Done = 0;
    showProgress(&Done);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-25]]:23: note: 'showProgress' runs the event loop here
    // CHECK-NOTES: :[[@LINE-12]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  }
  void withParent() { flush(this); }
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-25]]:21: note: 'flush' runs the event loop here
  // CHECK-NOTES: :[[@LINE-17]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-4]]:23: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
};
