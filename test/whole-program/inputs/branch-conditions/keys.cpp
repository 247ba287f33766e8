#include "view.h"
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

static void derive() {
  QEventLoop Loop;
  QTimer::singleShot(10, &Loop, &QEventLoop::quit);
  Loop.exec();
}
void setKey(bool Transform) {
  if (Transform)
    derive();
}
