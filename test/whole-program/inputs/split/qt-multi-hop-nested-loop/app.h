#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>
#include "qt_wait.h"

template <typename T> T settle(int ms) { return static_cast<T>(waitForMs(ms)); }

class Source {
public:
  virtual ~Source() = default;
  virtual int fetch() = 0;
};

class SlowSource : public Source {
public:
  int fetch() override;
};

void complain(const QString &text);

class Poller : public QObject {
  Q_OBJECT
public:
  explicit Poller(Source *s);
  void onTick();
  int refresh();
  void check();
  void report(const char *what);

private:
  Source *source;
  QTimer timer;
};
