#include "editor.h"
#include <QtWidgets/QFileDialog>

void SaveDialogs::askWhere() { QFileDialog::getSaveFileName(); }
