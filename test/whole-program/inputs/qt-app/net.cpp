#include "window.h"
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

// Waits by running a QEventLoop made here, which dispatches the events of
// the caller's thread.
int fetchSync(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  return loop.exec();
}
