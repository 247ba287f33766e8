#include "app.h"

void wire(QTimer *timer) {
  QObject::connect(timer, &QTimer::timeout, [] {
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
  });
  QObject::connect(timer, &QTimer::timeout, timer, [] {
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    runLoop(loop);
  });
}
