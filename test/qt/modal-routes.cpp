// One defect, one warning, for modal dialogs (OneWarningPerDefect): a
// dialog is cured where it is opened, so routes to one modal loop are one
// warning when they start in the same callback, run the same path after
// their starting calls (two callbacks calling one helper that opens it), or
// reach it through the same call of the helper that opens it, whatever
// calls lead there; two helpers that open a dialog through a shared wrapper
// are two defects. Qt 6.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6 -- -std=c++20 %qt6_flags

#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QWidget>

// The project's own wrapper around a modal box.
static bool ask(QWidget *parent, const QString &text) {
  return QMessageBox::question(parent, "Editor", text) == QMessageBox::Yes;
}

// Two helpers, two questions: two defects.
static bool askSave(QWidget *parent) { return ask(parent, "Save?"); }
static bool askReload(QWidget *parent) { return ask(parent, "Reload?"); }

void wire(QTimer *autosave, QTimer *watch, QTimer *poll, QWidget *window) {
  QObject::connect(autosave, &QTimer::timeout, [window] { askSave(window); });
// CHECK-NOTES: :[[@LINE-1]]:59: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-6]]:47: note: 'askSave' calls 'ask' here
// CHECK-NOTES: :[[@LINE-11]]:23: note: 'ask' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:59: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES: :[[@LINE+10]]:9: note: also reached from the lambda here
  QObject::connect(watch, &QTimer::timeout, [window] { askReload(window); });
// CHECK-NOTES: :[[@LINE-1]]:56: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-12]]:49: note: 'askReload' calls 'ask' here
// CHECK-NOTES: :[[@LINE-18]]:23: note: 'ask' runs the event loop here
// CHECK-NOTES: :[[@LINE-4]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-5]]:56: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES: :[[@LINE+4]]:7: note: also reached from the lambda here
  // The same helper from a third timer: the same defect as the first.
  QObject::connect(poll, &QTimer::timeout, [window] {
    if (askSave(window))
      askReload(window);
  });
}

// A helper that opens its own dialog through the wrapper, reached from two
// callbacks through different calls (KeePassXC's checkLegacySettings, after
// an unlock and after a tab switch): one defect, cured where the helper
// opens it. The helper is the function nearest the dialog that one place
// calls on the routes to it; `ask`, which several helpers call, is not.
static bool askMigrate(QWidget *parent) { return ask(parent, "Migrate?"); }
static void databaseUnlocked(QWidget *w) { askMigrate(w); }
static void onUnlock(QWidget *w) { databaseUnlocked(w); }
static void onTabSwitch(QWidget *w) {
  if (w->isVisible())
    databaseUnlocked(w);
}

void wireMigration(QTimer *unlock, QTimer *tabs, QWidget *window) {
  QObject::connect(unlock, &QTimer::timeout, [window] { onUnlock(window); });
// CHECK-NOTES: :[[@LINE-1]]:57: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-9]]:36: note: 'onUnlock' calls 'databaseUnlocked' here
// CHECK-NOTES: :[[@LINE-11]]:44: note: 'databaseUnlocked' calls 'askMigrate' here
// CHECK-NOTES: :[[@LINE-13]]:50: note: 'askMigrate' calls 'ask' here
// CHECK-NOTES: :[[@LINE-48]]:23: note: 'ask' runs the event loop here
// CHECK-NOTES: :[[@LINE-6]]:12: note: callback connected to 'QTimer::timeout' here
// CHECK-NOTES: :[[@LINE-7]]:57: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES: :[[@LINE+1]]:55: note: also reached from the lambda here
  QObject::connect(tabs, &QTimer::timeout, [window] { onTabSwitch(window); });
}
