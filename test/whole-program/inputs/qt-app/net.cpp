#include "window.h"
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

// Waits by running a loop of its own: a private loop made here.
int fetchSync(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  return loop.exec();
}
