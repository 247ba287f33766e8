#include "buttons.h"
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>

class Form : public QWidget {
public:
  Form() {
    makeButton(this, [] { QMenu().exec(QPoint()); });
    every(this, 1000, [this] { QMessageBox::warning(this, "Form", "offline"); });
  }
};

void open() { new Form; }
