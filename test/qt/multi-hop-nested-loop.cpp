// A timer slot reaches a QEventLoop through a method, a virtual override, a
// template and a helper in a project header: the notes name every hop. The
// QEventLoop is made on the way, yet it dispatches the events of the slot's
// own thread, so the slot re-enters its loop; another thread would not cure
// that (the loop's owner would then wait for it), so there is no fix-it.
// A second slot reaches a modal message box through two helpers: no fix-it.
// RUN: %check_eventloop %s --checks 'eventloop-*' --copy inputs/qt_wait.h --tmp %t/multi-hop -- -std=c++20 %qt6_flags

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtWidgets/QMessageBox>
#include "qt_wait.h"

template <typename T> T settle(int ms) { return static_cast<T>(waitForMs(ms)); }

class Source {
public:
  virtual ~Source() = default;
  virtual int fetch() = 0;
};

class SlowSource : public Source {
public:
  int fetch() override { return settle<int>(10); }
};

void complain(const QString &text) {
  QMessageBox::warning(nullptr, "Poller", text);
}

class Poller : public QObject {
  Q_OBJECT
public:
  explicit Poller(Source *s) : source(s) {
    connect(&timer, &QTimer::timeout, this, &Poller::onTick);
    timer.callOnTimeout(this, [this] { check(); });
    // CHECK-NOTES: :[[@LINE-1]]:40: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+20]]:7: note: 'Poller::check' calls 'Poller::report' here
    // CHECK-NOTES: :[[@LINE+21]]:35: note: 'Poller::report' calls 'complain' here
    // CHECK-NOTES: :[[@LINE-12]]:16: note: 'complain' runs the event loop here
    // CHECK-NOTES: :[[@LINE-5]]:11: note: callback registered with 'QTimer::callOnTimeout' here
    // CHECK-NOTES: :[[@LINE-6]]:40: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
  void onTick() {
    int value = refresh();
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: callback re-enters its own Qt loop through 'QEventLoop::exec'; a QEventLoop runs the other slots and events of its thread until it quits [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE+8]]:34: note: 'Poller::refresh' calls 'SlowSource::fetch' here
    // CHECK-NOTES: :[[@LINE-24]]:33: note: 'SlowSource::fetch' calls 'settle<int>' here
    // CHECK-NOTES: :[[@LINE-35]]:64: note: 'settle<int>' calls 'waitForMs' here
    // CHECK-NOTES: qt_wait.h:11:15: note: 'waitForMs' runs the event loop here
    // CHECK-NOTES: :[[@LINE-16]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-7]]:17: note: no fix-it can cure this: consider a signal connected to a slot that continues the work instead
    (void)value;
  }
  int refresh() { return source->fetch(); }
  void check() {
    if (source == nullptr)
      report("no source");
  }
  void report(const char *what) { complain(what); }

private:
  Source *source;
  QTimer timer;
};
