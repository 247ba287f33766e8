#include "view.h"
#include <QtCore/QTimer>

void wire(QTimer *Open, QTimer *Lock, QWidget *Window) {
  QObject::connect(Open, &QTimer::timeout, [Window] { new View(Window); });
  QObject::connect(Lock, &QTimer::timeout, [] { setKey(false); });
  QObject::connect(Lock, &QTimer::timeout, [Window] {
    setKey(true);
    View *V = new View(Window);
    V->reset();
  });
}
