// The program's declarations: an editor that asks for a file name when it
// is told to save, and the button and timer that tell it.
#include <QtCore/QObject>

class Editor : public QObject {
  Q_OBJECT
public:
  // editor.cpp: the slots main.cpp connects, which emit saveRequested.
  void onSaveClicked();
  void onAutosave();
signals:
  void saveRequested();
};

// dialogs.cpp: connected to saveRequested by main.cpp.
class SaveDialogs : public QObject {
  Q_OBJECT
public:
  void askWhere();
};
