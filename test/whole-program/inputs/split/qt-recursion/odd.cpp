#include "app.h"
#include <QtCore/QThread>

int walkOdd(const Node *n) {
  if (!n)
    return 0;
  return walkEven(n->next) + 1;
}

int depth(const Node *n) { return n ? depth(n->next) + 1 : 0; }

void retry(int attempts) {
  if (attempts == 0)
    return;
  QThread::msleep(100);
  retry(attempts - 1);
}
