// While a constructor runs, nobody else holds the object it makes: its
// signals run only the slots connected during that run. KeePassXC's
// `Database` names its new root group in its constructor; the group
// relays `groupDataChanged` to the database, whose users (the sharing
// observer, which imports in a nested loop) connect to it only after it is
// made. Making a store reaches no import; renaming the group of a store
// that exists does. An emit on `this` in the constructor runs the slot
// that the constructor connected, and not the one its users connect
// later, also when a constant runs the connecting function as a copy.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/construction-emits -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/construction-emits -- -std=c++17 %qt5_flags

#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

class Store;

class Group : public QObject {
  Q_OBJECT
public:
  void setName(const QString &N) {
    Name = N;
    emit dataChanged();
  }
  void attach(Store *S);
signals:
  void dataChanged();

private:
  QString Name;
};

class Store : public QObject {
  Q_OBJECT
public:
  Store() {
    connect(this, &Store::loaded, this, &Store::index);
    Root = new Group;
    Root->attach(this);
    Root->setName("Passwords");
    load();
  }
  void load() { emit loaded(); }
  void index() {}
  Group *Root;
signals:
  void groupChanged();
  void loaded();
};

void Group::attach(Store *S) {
  connect(this, &Group::dataChanged, S, &Store::groupChanged);
}

class Importer : public QObject {
  Q_OBJECT
public:
  explicit Importer(Store *S) {
    connect(S, &Store::groupChanged, this, &Importer::import);
    connect(S, &Store::loaded, this, &Importer::import);
  }
  void import() {
    QEventLoop Loop;
    Loop.exec();
  }
};

// Its constructor connects its own signal to a slot that waits, and emits
// it: that one runs.
class Indexer : public QObject {
  Q_OBJECT
public:
  Indexer() {
    connect(this, &Indexer::ready, this, &Indexer::rebuild);
    emit ready();
  }
  void rebuild() {
    QEventLoop Loop;
    Loop.exec();
  }
signals:
  void ready();
};

class Window : public QObject {
  Q_OBJECT
public:
  explicit Window(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Window::open);
    connect(T, &QTimer::timeout, this, &Window::rename);
    connect(T, &QTimer::timeout, this, &Window::reindex);
  }
  void open() { Current = new Store; }
  void rename() { Current->Root->setName("Root"); }
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-73]]:10: note: 'Group::setName' emits 'Group::dataChanged' here, connected to 'Store::groupChanged' at construction-emits.cpp:54
  // CHECK-NOTES: :[[@LINE-45]]:3: note: 'Group::dataChanged' is relayed here as 'Store::groupChanged', connected to 'Importer::import' at construction-emits.cpp:61
  // CHECK-NOTES: :[[@LINE-34]]:10: note: 'Importer::import' runs the event loop here
  // CHECK-NOTES: :[[@LINE-9]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-6]]:34: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  void reindex() { Index = new Indexer; }
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: callback constructs the synchronous client 'Indexer', whose constructor re-enters the callback's Qt loop through 'QEventLoop::exec' [eventloop-sync-client]
  // CHECK-NOTES: :[[@LINE-28]]:10: note: 'Indexer::Indexer' emits 'Indexer::ready' here, connected to 'Indexer::rebuild' at construction-emits.cpp:76
  // CHECK-NOTES: :[[@LINE-25]]:10: note: 'Indexer::rebuild' runs the event loop here
  // CHECK-NOTES: :[[@LINE-14]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-5]]:32: note: no automatic fix-it: offloading cannot cure this

private:
  Store *Current = nullptr;
  Indexer *Index = nullptr;
};

// The constructor's run makes its connection in a helper that a constant
// argument runs as a copy (`wire(true)` leaves out what `wire` does `if
// (!Eager)`): the connection is made all the same, and the emit that
// follows runs its slot.
class Cache : public QObject {
  Q_OBJECT
public:
  Cache() {
    wire(true);
    emit warmed();
  }
  void wire(bool Eager) {
    connect(this, &Cache::warmed, this, &Cache::fill);
    if (!Eager)
      defer();
  }
  void defer() {}
  void fill() {
    QEventLoop Loop;
    Loop.exec();
  }
signals:
  void warmed();
};

class Loader : public QObject {
  Q_OBJECT
public:
  explicit Loader(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Loader::refill);
  }
  void refill() { Current = new Cache; }
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: callback constructs the synchronous client 'Cache', whose constructor re-enters the callback's Qt loop through 'QEventLoop::exec' [eventloop-sync-client]
  // CHECK-NOTES: :[[@LINE-24]]:10: note: 'Cache::Cache' emits 'Cache::warmed' here, connected to 'Cache::fill' at construction-emits.cpp:127
  // CHECK-NOTES: :[[@LINE-15]]:10: note: 'Cache::fill' runs the event loop here
  // CHECK-NOTES: :[[@LINE-6]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-5]]:33: note: no automatic fix-it: offloading cannot cure this

private:
  Cache *Current = nullptr;
};
