// A project helper that waits by running a QEventLoop of its own.
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
