#include "store.h"
#include <QtCore/QEventLoop>

Importer::Importer(Store *S) {
  connect(S, &Store::groupChanged, this, &Importer::import);
}

void Importer::import() {
  QEventLoop Loop;
  Loop.exec();
}
