// The Qt program's shared declarations.
#include <QtCore/QObject>
#include <QtCore/QString>

class Window : public QObject {
  Q_OBJECT
public:
  // window.cpp: the slots main.cpp connects.
  void askUser();
  void pump();
  void refresh();
signals:
  void clicked();
  void pumped();
};

// dialogs.cpp, events.cpp, net.cpp: helpers.
bool confirm(const QString &question);
void flushEvents();
int fetchSync(int ms);
