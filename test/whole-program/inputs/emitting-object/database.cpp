#include "model.h"
#include <QtCore/QThread>

Database::Database(QTimer *Tick) {
  connect(Tick, &QTimer::timeout, this, &Database::onTick);
  connect(this, &Database::modified, this, &Database::save);
}
void Database::onTick() { markAsModified(); }
void Database::markAsModified() { emitModified(); }
void Database::save() { QThread::sleep(1); }
