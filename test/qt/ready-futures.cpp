// A wait on a future that has finished returns at once: in the handler of
// its watcher's finished signal (the future captured, or the watcher's own
// result), after a nested loop that ran once a watcher was given the future
// (the loop is the finding), after an earlier wait on it (that wait is the
// finding, once), in the branch of `if (future.isFinished())`. A wait
// before the loop, or on another future, still blocks.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/ready-futures -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/ready-futures -- -std=c++17 %qt5_flags

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QEventLoop>
#include <QtCore/QFuture>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>

int work() { return 42; }

// As KeePassXC's AsyncTask::waitForFuture: a nested loop until the watcher
// finishes, then the result.
int waitForFuture(QFuture<int> future) {
  QEventLoop loop;
  QFutureWatcher<int> watcher;
  QObject::connect(&watcher, SIGNAL(finished()), &loop, SLOT(quit()));
  watcher.setFuture(future);
  loop.exec();
  return future.result();
}

// As AsyncTask::runThenCallback: the result in the finished handler.
void runThenCallback(QObject *context, void (*callback)(int)) {
  QFuture<int> future = QtConcurrent::run(work);
  auto *watcher = new QFutureWatcher<int>(context);
  QObject::connect(watcher, &QFutureWatcherBase::finished, context, [=] {
    callback(future.result());
    callback(watcher->result());
    watcher->deleteLater();
  });
  watcher->setFuture(future);
}

class Poller : public QObject {
public:
  QFuture<int> pending;
  QFuture<int> other;

  void poll() {
    if (pending.isFinished())
      report(pending.result());
    report(other.result());
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in 'QFuture::result' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+28]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:18: note: consider a 'QFutureWatcher' and its finished signal instead
    QFuture<int> next = QtConcurrent::run(work);
    next.waitForFinished();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in 'QFuture::waitForFinished' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+23]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: consider a 'QFutureWatcher' and its finished signal instead
    report(next.result());
    // Waited for before the loop runs: blocks.
    QFuture<int> early = QtConcurrent::run(work);
    QFutureWatcher<int> watcher;
    watcher.setFuture(early);
    report(early.result());
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in 'QFuture::result' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+14]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:18: note: consider a 'QFutureWatcher' and its finished signal instead
    report(waitForFuture(QtConcurrent::run(work)));
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :25:8: note: 'waitForFuture' runs the event loop here
    // CHECK-NOTES: :[[@LINE+9]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  }
  void report(int) {}
};

void wire(QTimer *timer, Poller *p, QObject *context) {
  QObject::connect(timer, &QTimer::timeout, context,
                   [context] { runThenCallback(context, nullptr); });
  QObject::connect(timer, &QTimer::timeout, p, &Poller::poll);
}
