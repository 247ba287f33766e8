#include "app.h"
#include <QtCore/QCoreApplication>

int walkEven(const Node *n) {
  if (!n) {
    QCoreApplication::processEvents();
    return 0;
  }
  return walkOdd(n->next);
}
