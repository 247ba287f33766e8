#include "window.h"

void Window::askUser() {
  if (!confirm("Quit?"))
    return;
}

void Window::pump() { flushEvents(); }

void Window::refresh() {
  int value = fetchSync(100);
  (void)value;
}
