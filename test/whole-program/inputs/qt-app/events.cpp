#include "window.h"
#include <QtCore/QCoreApplication>

void flushEvents() { QCoreApplication::processEvents(); }
