#include "buttons.h"

QPushButton *makeButton(QWidget *Parent, std::function<void()> OnClick) {
  auto *Button = new QPushButton(Parent);
  QObject::connect(Button, &QPushButton::clicked, Parent, OnClick);
  return Button;
}

QTimer *every(QObject *Parent, int Ms, std::function<void()> OnTick) {
  auto *Timer = new QTimer(Parent);
  QObject::connect(Timer, &QTimer::timeout, Parent, OnTick);
  Timer->start(Ms);
  return Timer;
}
