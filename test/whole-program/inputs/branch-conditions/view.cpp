#include "view.h"
#include <QtCore/QCoreApplication>

View::View(QWidget *Parent) : QWidget(Parent) { reset(); }
void View::reset() {
  if (isVisible())
    fit();
}
void View::fit() { QCoreApplication::processEvents(); }
