// The same helper in a project header.
#include <QtCore/QThread>

inline void pauseBriefly() { QThread::msleep(1); }
