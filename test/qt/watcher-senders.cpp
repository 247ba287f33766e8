// A slot connected to a watcher's finished signal may find its watcher as
// the signal's sender (`static_cast<QFutureWatcher<T> *>(sender())`, as
// Strawberry's models do): its result() returns at once. The sender of
// another signal is no finished watcher: a wait on it blocks. In a slot of
// the watcher's resultReadyAt(index), the result at that index is ready
// (`resultAt(index)`, Strawberry's tag fetcher), and another one is not.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/watcher-senders -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/watcher-senders -- -std=c++17 %qt5_flags

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QList>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>

int query() { return 42; }

class Model : public QObject {
  Q_OBJECT
public:
  explicit Model(QTimer *timer) {
    connect(timer, &QTimer::timeout, this, &Model::polled);
  }

  void reset() {
    auto *watcher = new QFutureWatcher<int>();
    connect(watcher, &QFutureWatcher<int>::finished, this,
            &Model::resetFinished);
    watcher->setFuture(QtConcurrent::run(query));
  }

  // The watcher is unnamed at the connection: the sender all the same.
  void reload() {
    connect(new QFutureWatcher<int>(this), &QFutureWatcherBase::finished,
            this, &Model::reloadFinished);
  }

public slots:
  void resetFinished() {
    auto *watcher = static_cast<QFutureWatcher<int> *>(sender());
    rows = watcher->result();
    watcher->deleteLater();
  }
  void reloadFinished() {
    QFutureWatcher<int> *watcher =
        reinterpret_cast<QFutureWatcher<int> *>(sender());
    rows = watcher->result();
  }
  // A timer's slot: its sender is the timer, and a watcher it keeps is
  // waited for.
  void polled() {
    auto *watcher = static_cast<QFutureWatcher<int> *>(sender());
    rows = watcher->result();
    // CHECK-NOTES: :[[@LINE-1]]:21: warning: callback blocks its Qt loop in 'QFutureWatcher::result' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-33]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:21: note: consider the watcher's finished signal instead
  }

private:
  int rows = 0;
};

QString fingerprint(const QString &File) { return File; }

class Fetcher : public QObject {
  Q_OBJECT
public:
  void start(const QList<QString> &Files) {
    Watcher = new QFutureWatcher<QString>(this);
    connect(Watcher, &QFutureWatcher<QString>::resultReadyAt, this,
            &Fetcher::found);
    connect(Watcher, &QFutureWatcher<QString>::resultReadyAt, this,
            &Fetcher::stored);
    connect(Watcher, &QFutureWatcher<QString>::resultReadyAt, this,
            &Fetcher::first);
    Watcher->setFuture(QtConcurrent::mapped(Files, fingerprint));
  }

public slots:
  void found(int Index) {
    auto *W = reinterpret_cast<QFutureWatcher<QString> *>(sender());
    Print = W->resultAt(Index);
  }
  void stored(int Index) { Print = Watcher->resultAt(Index); }
  // Another index: not yet ready.
  void first(int) {
    Print = Watcher->resultAt(0);
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: callback blocks its Qt loop in 'QFutureWatcher::resultAt' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-15]]:5: note: callback connected to 'QFutureWatcher::resultReadyAt' here
    // CHECK-NOTES: :[[@LINE-3]]:22: note: consider the watcher's finished signal instead
  }

private:
  QFutureWatcher<QString> *Watcher = nullptr;
  QString Print;
};
