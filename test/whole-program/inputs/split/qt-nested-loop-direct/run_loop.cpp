#include "app.h"

void runLoop(QEventLoop &loop) { loop.exec(); }
