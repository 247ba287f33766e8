// QIODevice's own waitFor* return at once (a QBuffer, a QFile): a wait
// through a QIODevice pointer is not reported, the socket and process waits
// are. A local socket's wait capped at 2 s or less is the cap on a failure;
// an uncapped one, or a longer cap, blocks. QtConcurrent's blocking* spread
// a computation over the pool: not a wait. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtConcurrent/QtConcurrentFilter>
#include <QtCore/QBuffer>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalSocket>

// KeePassXC's BinaryStream reads an ssh key from a QBuffer through the
// device's base class.
bool readFrom(QIODevice *device) {
  return device->bytesAvailable() > 0 || device->waitForReadyRead(-1);
}

void parseKey(QTimer *timer) {
  QObject::connect(timer, &QTimer::timeout, [] {
    QByteArray key("ssh-ed25519");
    QBuffer buffer(&key);
    buffer.open(QIODevice::ReadOnly);
    readFrom(&buffer);
  });
}

void askPeer(QTimer *timer, QLocalSocket *peer) {
  QObject::connect(timer, &QTimer::timeout, [peer] {
    peer->connectToServer("agent");
    if (!peer->waitForConnected(500))
      return;
    peer->waitForBytesWritten(2000);
  });
  QObject::connect(timer, &QTimer::timeout, [peer] {
    peer->waitForReadyRead(-1);
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its Qt loop in 'QLocalSocket::waitForReadyRead' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider the socket's connected, readyRead and disconnected signals instead
  });
  QObject::connect(timer, &QTimer::timeout, [peer] {
    peer->waitForDisconnected(5000);
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: callback blocks its Qt loop in 'QLocalSocket::waitForDisconnected' [eventloop-blocking-call]
    // CHECK-NOTES: :[[@LINE-3]]:12: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: consider the socket's connected, readyRead and disconnected signals instead
  });
}

void filterNames(QTimer *timer, QList<int> *numbers) {
  QObject::connect(timer, &QTimer::timeout, [numbers] {
    QtConcurrent::blockingFilter(*numbers, [](int N) { return N % 2 == 0; });
  });
}
