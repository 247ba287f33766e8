#include "window.h"
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  Window w;
  QTimer timer;
  QObject::connect(&w, &Window::clicked, &w, &Window::askUser);
  QObject::connect(&w, &Window::pumped, &w, &Window::pump);
  QObject::connect(&timer, &QTimer::timeout, &w, &Window::refresh);
  timer.start(1000);
  return app.exec();
}
