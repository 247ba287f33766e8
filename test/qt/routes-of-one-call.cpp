// One defect, one warning, and one route note per starting call. An emit
// whose two slots make two widgets, each loading the same store in its
// constructor, reaches the one wait twice from one call; a timer's slot
// that makes one of the widgets reaches it from another. The warning shows
// the route with the fewest calls (the timer's); the emit's two are one
// note, "also reached from 'Window::onTick' here", not two. With
// OneWarningPerDefect: false (ROUTES), each construction is a warning.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/routes-of-one-call -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/routes/routes-of-one-call --prefix ROUTES --config "{CheckOptions: {OneWarningPerDefect: false}}" -- -std=c++20 %qt6_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

struct Store {
  void prepare() {}
  void load() {
    prepare();
    QThread::msleep(10);
  }
};

class Form : public QWidget {
public:
  Form() { Store().load(); }
};

class Panel : public QWidget {
public:
  Panel() { Store().load(); }
};

class Window : public QWidget {
  Q_OBJECT
public:
  Window(QTimer *Tick, QTimer *Refresh) {
    connect(Tick, &QTimer::timeout, this, &Window::onTick);
    connect(Refresh, &QTimer::timeout, this, &Window::onRefresh);
    connect(this, &Window::changed, this, &Window::addForm);
    connect(this, &Window::changed, this, &Window::addPanel);
  }
  void addForm() { new Form; }
  void addPanel() { new Panel; }
  void onTick() { emit changed(); }
  // CHECK-NOTES-ROUTES: :[[@LINE-1]]:24: warning: callback constructs the synchronous client 'Form', whose constructor blocks in 'QThread::msleep' [eventloop-sync-client]
  // CHECK-NOTES-ROUTES: :[[@LINE-2]]:24: note: 'Window::onTick' emits 'Window::changed' here, connected to 'Window::addForm' at routes-of-one-call.cpp:39
  // CHECK-NOTES-ROUTES: :[[@LINE-5]]:24: note: 'Window::addForm' constructs 'Form' here
  // CHECK-NOTES-ROUTES: :[[@LINE-23]]:20: note: 'Form::Form' calls 'Store::load' here
  // CHECK-NOTES-ROUTES: :[[@LINE-30]]:14: note: 'Store::load' blocks here
  // CHECK-NOTES-ROUTES: :[[@LINE-13]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-ROUTES: :[[@LINE-7]]:24: note: no automatic fix-it: 'Form' belongs to the thread that makes it
  // CHECK-NOTES-ROUTES: :[[@LINE-8]]:24: warning: callback constructs the synchronous client 'Panel', whose constructor blocks in 'QThread::msleep' [eventloop-sync-client]
  // CHECK-NOTES-ROUTES: :[[@LINE-9]]:24: note: 'Window::onTick' emits 'Window::changed' here, connected to 'Window::addPanel' at routes-of-one-call.cpp:40
  // CHECK-NOTES-ROUTES: :[[@LINE-11]]:25: note: 'Window::addPanel' constructs 'Panel' here
  // CHECK-NOTES-ROUTES: :[[@LINE-25]]:21: note: 'Panel::Panel' calls 'Store::load' here
  // CHECK-NOTES-ROUTES: :[[@LINE-37]]:14: note: 'Store::load' blocks here
  // CHECK-NOTES-ROUTES: :[[@LINE-20]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-ROUTES: :[[@LINE-14]]:24: note: no automatic fix-it: 'Panel' belongs to the thread that makes it
  void onRefresh() { new Panel; }
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: callback constructs the synchronous client 'Panel', whose constructor blocks in 'QThread::msleep' [eventloop-sync-client]
  // CHECK-NOTES: :[[@LINE-31]]:21: note: 'Panel::Panel' calls 'Store::load' here
  // CHECK-NOTES: :[[@LINE-43]]:14: note: 'Store::load' blocks here
  // CHECK-NOTES: :[[@LINE-25]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-5]]:26: note: no automatic fix-it: 'Panel' belongs to the thread that makes it
  // CHECK-NOTES: :[[@LINE-21]]:24: note: also reached from 'Window::onTick' here
  // CHECK-NOTES-ROUTES: :[[@LINE-7]]:26: warning: callback constructs the synchronous client 'Panel', whose constructor blocks in 'QThread::msleep' [eventloop-sync-client]
  // CHECK-NOTES-ROUTES: :[[@LINE-37]]:21: note: 'Panel::Panel' calls 'Store::load' here
  // CHECK-NOTES-ROUTES: :[[@LINE-49]]:14: note: 'Store::load' blocks here
  // CHECK-NOTES-ROUTES: :[[@LINE-31]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-ROUTES: :[[@LINE-11]]:26: note: no automatic fix-it: 'Panel' belongs to the thread that makes it

signals:
  void changed();
};
