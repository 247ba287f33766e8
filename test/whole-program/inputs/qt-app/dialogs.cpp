#include "window.h"
#include <QtWidgets/QDialog>

bool confirm(const QString &question) {
  QDialog dialog;
  dialog.setWindowTitle(question);
  return dialog.exec() == QDialog::Accepted;
}
