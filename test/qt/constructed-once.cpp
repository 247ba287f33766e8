// An object made once into static storage, a singleton's instance or a
// function-local static, is made at the first call, by convention at
// start-up: its constructor is not on the path of every slot that asks for
// it. The same class constructed in a slot is a synchronous client.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags

#include <QtCore/QEventLoop>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

// Loads its settings by waiting on a QEventLoop (keepassxc's Config does
// this through a migration).
class Settings : public QObject {
public:
  Settings() {
    QEventLoop loop;
    QTimer::singleShot(10, &loop, &QEventLoop::quit);
    loop.exec();
  }
  static Settings *instance() {
    if (!Instance)
      Instance = new Settings();
    return Instance;
  }
  int value() const { return 1; }

private:
  static Settings *Instance;
};
Settings *Settings::Instance = nullptr;

Settings &settings() {
  static Settings Shared;
  return Shared;
}

// keepassxc's form: the instance kept in a QPointer.
QPointer<Settings> Kept;
Settings *kept() {
  if (!Kept)
    Kept = new Settings();
  return Kept;
}

class Window : public QObject {
public:
  Window(QTimer *timer) {
    connect(timer, &QTimer::timeout, this, &Window::onTick);
  }
  void onTick() {
    int a = Settings::instance()->value();
    int b = settings().value() + kept()->value();
    Settings fresh;
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: callback constructs the synchronous client 'Settings', whose constructor re-enters the callback's Qt loop through 'QEventLoop::exec' [eventloop-sync-client]
    // CHECK-NOTES: :[[@LINE-37]]:10: note: 'Settings::Settings' runs the event loop here
    // CHECK-NOTES: :[[@LINE-8]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-4]]:14: note: no automatic fix-it: offloading cannot cure this
    (void)a;
    (void)b;
  }
};
