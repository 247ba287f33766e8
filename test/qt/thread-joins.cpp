// A join of a thread capped at 2 s or less (Strawberry's `quit()`, then
// `wait(1000)`, when the loader thread has sent its last signal) bounds a
// thread that does not stop: not reported. An uncapped join, and a longer
// cap, block the loop. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtCore/QTimer>

void finishLoad(QTimer *timer, QThread *loader) {
  QObject::connect(timer, &QTimer::timeout, [loader] {
    loader->quit();
    loader->wait(1000);
    loader->deleteLater();
  });
  QObject::connect(timer, &QTimer::timeout, [loader] {
    loader->quit();
    loader->wait(2000);
  });
}

void stopWatcher(QTimer *timer, QThread *watcher) {
  QObject::connect(timer, &QTimer::timeout, [watcher] {
    watcher->quit();
    watcher->wait(5000);
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QThread::wait' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider the thread's finished signal instead
  });
  QObject::connect(timer, &QTimer::timeout, [watcher] {
    watcher->quit();
    watcher->wait();
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback blocks its Qt loop in 'QThread::wait' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: consider the thread's finished signal instead
  });
}
