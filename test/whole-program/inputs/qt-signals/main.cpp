#include "editor.h"
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  Editor editor;
  SaveDialogs dialogs;
  QPushButton save;
  QTimer autosave;
  QObject::connect(&save, &QPushButton::clicked, &editor, &Editor::onSaveClicked);
  QObject::connect(&autosave, &QTimer::timeout, &editor, &Editor::onAutosave);
  QObject::connect(&editor, &Editor::saveRequested, &dialogs, &SaveDialogs::askWhere);
  return app.exec();
}
