// Qt's headers included with -I (pkg-config's flags) are library code: an
// inline function below a Qt module folder is not walked into, while the
// same function in a project header is.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags -I%S/inputs/headers

#include "QtCore/qpause.h"
#include "project/pause.h"
#include <QtCore/QTimer>

void schedule(QObject *owner) {
  QTimer::singleShot(10, owner, [] {
    qPauseBriefly();
    pauseBriefly();
  });
}

// CHECK-NOTES: :13:5: warning: callback blocks its Qt loop in 'QThread::msleep' [eventloop-blocking-call]
// CHECK-NOTES: pause.h:4:39: note: 'pauseBriefly' blocks here
// CHECK-NOTES: :11:11: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES: :13:5: note: consider 'QTimer::singleShot' for the rest of the work instead
