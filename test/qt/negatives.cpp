// No warnings: loops run from main() or from code only main() calls; loops
// run in work handed to QtConcurrent::run, QThread::create or a QThreadPool
// (other threads); a dialog opened from a button's clicked, connected by
// string (the user's own input); a string that names no method of the
// receiver; a QThread::usleep of less than a millisecond (a backoff) in a
// slot.
// Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QPushButton>

static int waitBriefly() {
  QEventLoop loop;
  QTimer::singleShot(10, &loop, &QEventLoop::quit);
  return loop.exec();
}

class Window : public QObject {
  Q_OBJECT
public slots:
  void askUser() {
    QDialog dialog;
    dialog.exec();
  }
signals:
  void clicked();
};

void offload(QThreadPool *pool) {
  QFuture<int> future = QtConcurrent::run([] { return waitBriefly(); });
  (void)future;
  QThread *thread = QThread::create([] { waitBriefly(); });
  thread->start();
  pool->start([] { waitBriefly(); });
}

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  waitBriefly();
  Window window;
  QPushButton ask;
  QObject::connect(&ask, SIGNAL(clicked()), &window, SLOT(askUser()));
  QMetaObject::invokeMethod(&window, "askUsr", Qt::QueuedConnection);
  QTimer::singleShot(0, &window, SLOT(ask_user()));
  QTimer::singleShot(0, &app, [] { offload(QThreadPool::globalInstance()); });
  QTimer::singleShot(0, &app, [] { QThread::usleep(100); });
  return app.exec();
}
