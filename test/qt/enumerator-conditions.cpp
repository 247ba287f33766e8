// A call that passes an enumerator runs only the branches of the callee
// that its value takes, through the functions that pass the parameter on
// unchanged and the signals they emit: KeePassXC's `config()->set(key, v)`
// emits `changed(key)`, and the sharing service imports shares, in a
// nested loop, only `if (key == Config::ShareActive)`. Saving the language
// reaches no import; turning sharing on does, and is reported with its
// path. A value compared with `!=` drops the branch for the one value it
// names; a key that is not a constant takes every branch.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/enumerator-conditions -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/enumerator-conditions -- -std=c++17 %qt5_flags

#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QTimer>

class Config : public QObject {
  Q_OBJECT
public:
  enum Key { Language, ShareActive, Theme };
  void set(Key key, int value) {
    Values[key] = value;
    emit changed(key);
  }
signals:
  void changed(Config::Key key);

private:
  int Values[3] = {};
};

class Sharing : public QObject {
  Q_OBJECT
public:
  explicit Sharing(Config *C) {
    connect(C, &Config::changed, this, &Sharing::onChanged);
  }
  void onChanged(Config::Key key) {
    if (key == Config::ShareActive)
      importShares();
    if (key != Config::Language)
      repaint();
  }
  void importShares() {
    QEventLoop Loop;
    Loop.exec();
  }
  void repaint() {
    QEventLoop Loop;
    Loop.exec(QEventLoop::ExcludeUserInputEvents);
  }
};

class Settings : public QObject {
  Q_OBJECT
public:
  Settings(Config *C, QTimer *T) : C(C) {
    connect(T, &QTimer::timeout, this, &Settings::saveLanguage);
    connect(T, &QTimer::timeout, this, &Settings::enableSharing);
    connect(T, &QTimer::timeout, this, &Settings::saveTheme);
    connect(T, &QTimer::timeout, this, &Settings::saveCurrent);
  }
  void saveLanguage() { C->set(Config::Language, 1); }
  void enableSharing() { C->set(Config::ShareActive, 1); }
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-43]]:10: note: 'Config::set' emits 'Config::changed' here, connected to 'Sharing::onChanged' at enumerator-conditions.cpp:35
  // CHECK-NOTES: :[[@LINE-27]]:7: note: 'Sharing::onChanged' calls 'Sharing::importShares' here
  // CHECK-NOTES: :[[@LINE-22]]:10: note: 'Sharing::importShares' runs the event loop here
  // CHECK-NOTES: :[[@LINE-10]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-6]]:29: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  // CHECK-NOTES: :[[@LINE+8]]:27: note: also reached from 'Settings::saveCurrent' here
  void saveTheme() { C->set(Config::Theme, 2); }
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-51]]:10: note: 'Config::set' emits 'Config::changed' here, connected to 'Sharing::onChanged' at enumerator-conditions.cpp:35
  // CHECK-NOTES: :[[@LINE-33]]:7: note: 'Sharing::onChanged' calls 'Sharing::repaint' here
  // CHECK-NOTES: :[[@LINE-26]]:10: note: 'Sharing::repaint' runs the event loop here
  // CHECK-NOTES: :[[@LINE-17]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-6]]:25: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  void saveCurrent() { C->set(Current, 0); }

private:
  Config *C;
  Config::Key Current = Config::Language;
};

// A scoped enumeration, and a parameter passed on after an early return
// (qTox's friend list: `setMode(SortingMode::Name)` makes no category
// widget, `setMode(SortingMode::Activity)` does).
enum class SortingMode { Name, Activity };

class FriendList : public QObject {
public:
  explicit FriendList(QTimer *Day) {
    connect(Day, &QTimer::timeout, this, &FriendList::dayTimeout);
  }
  void dayTimeout() {
    setMode(SortingMode::Name);
    setMode(SortingMode::Activity);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+9]]:5: note: 'FriendList::setMode' calls 'FriendList::sortByMode' here
    // CHECK-NOTES: :[[@LINE+14]]:10: note: 'FriendList::sortByMode' runs the event loop here
    // CHECK-NOTES: :[[@LINE-8]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:5: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
  }
  void setMode(SortingMode M) {
    if (Mode == M)
      return;
    Mode = M;
    sortByMode(M);
  }
  void sortByMode(SortingMode M) {
    if (M != SortingMode::Activity)
      return;
    QEventLoop Loop;
    Loop.exec();
  }

private:
  SortingMode Mode = SortingMode::Name;
};
