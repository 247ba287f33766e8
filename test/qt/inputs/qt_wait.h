// A project helper that waits by running a private QEventLoop.
#ifndef QT_WAIT_H
#define QT_WAIT_H

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

inline int waitForMs(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  return loop.exec();
}

#endif
