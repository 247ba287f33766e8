// Slots that block the loop thread: a process wait, socket waits (QtNetwork),
// a future's result, a thread join. A wait on the future returned by the
// QtConcurrent::run call itself is the offload's own wait: not reported.
// Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalSocket>
#include <QtNetwork/QTcpSocket>

class Worker : public QObject {
public:
  void runTool() {
    QProcess tool;
    tool.start("true", QStringList());
    tool.waitForFinished();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in 'QProcess::waitForFinished' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+24]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:10: note: consider QProcess's started, readyRead and finished signals instead
  }
  void connectPeer() {
    QTcpSocket socket;
    socket.connectToHost("localhost", 80);
    socket.waitForConnected(1000);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback blocks its Qt loop in 'QAbstractSocket::waitForConnected' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+17]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: consider the socket's connected, readyRead and disconnected signals instead
  }
  void readLocal(QLocalSocket *local) { local->waitForReadyRead(); }
  int compute() {
    QFuture<int> future = QtConcurrent::run([] { return 42; });
    return future.result();
    // CHECK-NOTES: :[[@LINE-1]]:19: warning: callback blocks its Qt loop in 'QFuture::result' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE+15]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:19: note: consider a 'QFutureWatcher' and its finished signal instead
  }
  void join(QThread *thread) { thread->wait(); }
  int offloaded() { return QtConcurrent::run([] { return 42; }).result(); }
};

void wire(QTimer *timer, Worker *w, QLocalSocket *local, QThread *t) {
  QObject::connect(timer, &QTimer::timeout, w, &Worker::runTool);
  QObject::connect(timer, &QTimer::timeout, w, &Worker::connectPeer);
  QObject::connect(timer, &QTimer::timeout, w, [w, local] { w->readLocal(local); });
  // CHECK-NOTES: :[[@LINE-1]]:64: warning: callback blocks its Qt loop in 'QLocalSocket::waitForReadyRead' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-17]]:48: note: 'Worker::readLocal' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-4]]:64: note: consider the socket's connected, readyRead and disconnected signals instead
  QObject::connect(timer, &QTimer::timeout, w, &Worker::compute);
  QObject::connect(timer, &QTimer::timeout, w, [w, t] { w->join(t); });
  // CHECK-NOTES: :[[@LINE-1]]:60: warning: callback blocks its Qt loop in 'QThread::wait' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-15]]:40: note: 'Worker::join' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-4]]:60: note: consider the thread's finished signal instead
  QObject::connect(timer, &QTimer::timeout, w, &Worker::offloaded);
}

// QProcess::execute runs the program and waits for it to finish.
void runHook(QTimer *timer) {
  QObject::connect(timer, &QTimer::timeout, [] {
    QProcess::execute("sync", {});
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: callback blocks its Qt loop in 'QProcess::execute' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:15: note: consider QProcess's started, readyRead and finished signals instead
  });
}
