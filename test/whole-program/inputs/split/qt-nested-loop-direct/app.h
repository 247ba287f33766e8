#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QTimer>

void runLoop(QEventLoop &loop);
