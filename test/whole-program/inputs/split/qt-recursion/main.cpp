#include "app.h"

class Stepper : public QObject {
public:
  void step() {
    if (--left > 0)
      QTimer::singleShot(0, this, &Stepper::step);
  }
  int left = 10;
};

void wire(QTimer *timer, const Node *list, Stepper *stepper) {
  QObject::connect(timer, &QTimer::timeout, [list] { walkOdd(list); });
  QObject::connect(timer, &QTimer::timeout, [list] { depth(list); });
  timer->callOnTimeout([] { retry(3); });
  QTimer::singleShot(0, stepper, &Stepper::step);
}
