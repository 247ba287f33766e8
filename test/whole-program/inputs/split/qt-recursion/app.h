#include <QtCore/QObject>
#include <QtCore/QTimer>

struct Node {
  Node *next = nullptr;
};

int walkEven(const Node *n);
int walkOdd(const Node *n);
int depth(const Node *n);
void retry(int attempts);
