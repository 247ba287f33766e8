// Stands for a Qt header with an inline function, below a module folder
// (QtCore) as pkg-config's -I/usr/include/.../qt6/QtCore puts Qt's headers.
#include <QtCore/QThread>

inline void qPauseBriefly() { QThread::msleep(1); }
