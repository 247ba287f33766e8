#include "store.h"
#include <QtCore/QTimer>

class Window : public QObject {
public:
  explicit Window(QTimer *T) {
    connect(T, &QTimer::timeout, this, &Window::open);
    connect(T, &QTimer::timeout, this, &Window::rename);
  }
  void open() { Current = new Store; }
  void rename() { Current->Root->setName("Root"); }

private:
  Store *Current = nullptr;
};
