#include "app.h"

// Mutual recursion around the blocking call, across TUs, and a
// self-recursive function that reaches nothing.
void retry(int n) {
  if (n > 0)
    drain(n - 1);
}
int depth(int n) { return n > 0 ? depth(n - 1) + 1 : 0; }
