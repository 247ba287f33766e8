// qOverload, QOverload::of and their kin select an overload: they call
// nothing. `invokeMethod(this, qOverload<>(&Session::configure),
// Qt::QueuedConnection)` (qBittorrent's configureDeferred) registers
// configure with the loop: the slots that ask for a configuration do not
// run it, and what configure blocks on is reported once, in configure.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/overload-selectors -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/overload-selectors -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>

class Session : public QObject {
  Q_OBJECT
public:
  Session(QTimer *Dht, QTimer *Filter) {
    connect(Dht, &QTimer::timeout, this, &Session::setDhtEnabled);
    connect(Filter, &QTimer::timeout, this, &Session::setFilterEnabled);
  }
  void setDhtEnabled() { configureDeferred(); }
  void setFilterEnabled() { configureDeferred(); }
  void configureDeferred() {
    QMetaObject::invokeMethod(this, qOverload<>(&Session::configure),
                              Qt::QueuedConnection);
  }
  // A selector of a const overload, through QOverload<>::of: a pointer,
  // not a call.
  auto selected() const { return QOverload<>::of(&Session::isBusy); }
  bool isBusy() const { return Parser->isRunning(); }
  void configure() { Parser->wait(); }
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: callback blocks its Qt loop in 'QThread::wait' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-9]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
  // CHECK-NOTES: :[[@LINE-3]]:30: note: consider the thread's finished signal instead
  void configure(int) {}
  QThread *Parser = nullptr;
};
