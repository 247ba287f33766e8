#include <QtCore/QObject>
#include <functional>

class Job : public QObject {
  Q_OBJECT
signals:
  void finished(bool Ok);
};

// The project's registration wrapper: Done runs when the download ends.
void download(QObject *Context, std::function<void(bool)> Done);
