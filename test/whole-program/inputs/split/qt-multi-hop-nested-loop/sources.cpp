#include "app.h"
#include <QtWidgets/QMessageBox>

int SlowSource::fetch() { return settle<int>(10); }

void complain(const QString &text) {
  QMessageBox::warning(nullptr, "Poller", text);
}
