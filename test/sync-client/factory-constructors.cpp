// std::make_shared and std::make_unique run the constructor that overload
// resolution chose inside their instance, not every constructor that takes
// as many arguments: CopyQ's server makes a ClientSocket from the socket it
// accepted, and only the class's other constructor waits for a server.
// Qt 6 (C++20: construct_at) and Qt 5 (C++17: the allocator's construct).
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5 -- -std=c++17 %qt5_flags

#include <QtCore/QObject>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <memory>

class ClientSocket {
public:
  explicit ClientSocket(QLocalSocket *Accepted) : Socket(Accepted) {}
  explicit ClientSocket(const QString &Server) : Socket(new QLocalSocket) {
    Socket->connectToServer(Server);
    Socket->waitForConnected(-1);
  }

private:
  QLocalSocket *Socket;
};

void serve(QLocalServer *Server) {
  QObject::connect(Server, &QLocalServer::newConnection, [Server] {
    auto Shared = std::make_shared<ClientSocket>(Server->nextPendingConnection());
    auto Unique = std::make_unique<ClientSocket>(Server->nextPendingConnection());
  });
  QObject::connect(Server, &QLocalServer::newConnection, [] {
    auto Peer = std::make_shared<ClientSocket>(QStringLiteral("peer"));
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: callback constructs the synchronous client 'ClientSocket', whose constructor blocks in 'QLocalSocket::waitForConnected' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-15]]:13: note: 'ClientSocket::ClientSocket' blocks here
    // CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QLocalServer::newConnection' here
    // CHECK-NOTES: :[[@LINE-4]]:22: note: no automatic fix-it: only a declaration 'T v(args);' of a movable type is rewritten
  });
}
