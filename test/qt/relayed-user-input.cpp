// A signal that the project relays from the user's input is the user's
// input too: an edit widget forwards its button box's accepted to its own
// accepted, and a preview emits linkClicked only from the slot of a
// QLabel's link; a modal dialog in the slots of those signals is quiet by
// default. The same relay from a timer's timeout is not the user's input,
// nor is a signal that other code emits too. moc's dispatcher, which calls
// every signal by index for the meta-object system, emits nothing. A slot
// of aboutToQuit runs after the main loop has left its last event: nothing
// there re-enters it. A single-shot timer started in the slot of a click
// carries the click on: the question it asks later is quiet too, unlike
// one that a timer's slot starts, or a repeating timer that the click
// starts.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/relayed-user-input -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/relayed-user-input -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/relayed-user-input --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QWidget>

class EditWidget : public QWidget {
  Q_OBJECT
public:
  EditWidget(QDialogButtonBox *buttons, QTimer *expiry) {
    connect(buttons, &QDialogButtonBox::accepted, this, &EditWidget::accepted);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditWidget::rejected);
    connect(expiry, &QTimer::timeout, this, &EditWidget::rejected);
  }
signals:
  void accepted();
  void rejected();
};

// As moc writes it (in moc_*.cpp, which compile_commands.json lists): the
// signals called by index, for invokeMethod and queued connections.
void EditWidget::qt_static_metacall(QObject *O, QMetaObject::Call C, int Id,
                                    void **) {
  auto *T = static_cast<EditWidget *>(O);
  if (C == QMetaObject::InvokeMetaMethod) {
    switch (Id) {
    case 0:
      T->accepted();
      break;
    case 1:
      T->rejected();
      break;
    }
  }
}

class Preview : public QWidget {
  Q_OBJECT
public:
  explicit Preview(QLabel *url) {
    connect(url, &QLabel::linkActivated, this, &Preview::openLink);
  }
  void openLink() { emit linkClicked(); }
  // CHECK-NOTES-MODALS: :[[@LINE-1]]:26: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-2]]:26: note: 'Preview::openLink' emits 'Preview::linkClicked' here, connected to 'Editor::confirmOpen' at relayed-user-input.cpp:88
  // CHECK-NOTES-MODALS: :[[@LINE+45]]:37: note: 'Editor::confirmOpen' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:5: note: callback connected to 'QLabel::linkActivated' here
  // CHECK-NOTES-MODALS: :[[@LINE-5]]:26: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  void refresh() { emit changed(); }
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-2]]:25: note: 'Preview::refresh' emits 'Preview::changed' here, connected to 'Editor::reload' at relayed-user-input.cpp:89
  // CHECK-NOTES: :[[@LINE+41]]:32: note: 'Editor::reload' runs the event loop here
  // CHECK-NOTES: :[[@LINE+20]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-5]]:25: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:25: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-7]]:25: note: 'Preview::refresh' emits 'Preview::changed' here, connected to 'Editor::reload' at relayed-user-input.cpp:89
  // CHECK-NOTES-MODALS: :[[@LINE+36]]:32: note: 'Editor::reload' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE+15]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES-MODALS: :[[@LINE-10]]:25: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
signals:
  void linkClicked();
  void changed();
};

class Editor : public QWidget {
  Q_OBJECT
public:
  Editor(EditWidget *edit, Preview *preview, QTimer *poll) {
    connect(edit, &EditWidget::accepted, this, &Editor::save);
    connect(edit, &EditWidget::rejected, this, &Editor::discard);
    connect(preview, &Preview::linkClicked, this, &Editor::confirmOpen);
    connect(preview, &Preview::changed, this, &Editor::reload);
    connect(poll, &QTimer::timeout, preview, &Preview::refresh);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Editor::flush);
  }
  void save() { QMessageBox::information(this, "Editor", "Saved"); }
  // CHECK-NOTES-MODALS: :[[@LINE-1]]:30: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-9]]:5: note: callback connected to 'EditWidget::accepted' here
  // CHECK-NOTES-MODALS: :[[@LINE-3]]:30: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead

  // Also run by the timer's relay: reported.
  void discard() { QMessageBox::warning(this, "Editor", "Discard?"); }
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-14]]:5: note: callback connected to 'EditWidget::rejected' here
  // CHECK-NOTES: :[[@LINE-3]]:33: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  // CHECK-NOTES-MODALS: :[[@LINE-4]]:33: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-17]]:5: note: callback connected to 'EditWidget::rejected' here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:33: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead

  // Reached from the user's link click, through the emit in openLink.
  void confirmOpen() { QMessageBox::question(this, "Editor", "Open it?"); }
  // Reached from a timer, through the emit in refresh: reported there.
  void reload() { QMessageBox::information(this, "Editor", "Reloaded"); }

  // After the main loop's last event: nothing to re-enter.
  void flush() { QCoreApplication::processEvents(); }
};

class Settings : public QWidget {
  Q_OBJECT
public:
  Settings(QDialogButtonBox *buttons, QTimer *poll, QTimer *blink) {
    connect(buttons, &QDialogButtonBox::accepted, this, &Settings::save);
    connect(poll, &QTimer::timeout, this, &Settings::sync);
    connect(buttons, &QDialogButtonBox::helpRequested, [blink] {
      blink->callOnTimeout([] { QMessageBox::information(nullptr, "Settings", "Blink"); });
// CHECK-NOTES: :[[@LINE-1]]:46: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-2]]:14: note: callback registered with 'QTimer::callOnTimeout' here
// CHECK-NOTES: :[[@LINE-3]]:46: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:46: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-5]]:14: note: callback registered with 'QTimer::callOnTimeout' here
// CHECK-NOTES-MODALS: :[[@LINE-6]]:46: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      blink->start(500);
    });
  }
  // The user's OK, carried on 200 ms later.
  void save() {
    QTimer::singleShot(200, this, [this] { askRestart(); });
  }
  // A timer's slot: the question it defers is reported. With
  // ReportUserInputModals, the one warning shows the timer's route, which
  // the user did not ask for, and the OK's as a note.
  void sync() {
    QTimer::singleShot(200, this, [this] { askRestart(); });
// CHECK-NOTES: :[[@LINE-1]]:44: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE+9]]:36: note: 'Settings::askRestart' runs the event loop here
// CHECK-NOTES: :[[@LINE-3]]:13: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES: :[[@LINE-4]]:44: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-5]]:44: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE+5]]:36: note: 'Settings::askRestart' runs the event loop here
// CHECK-NOTES-MODALS: :[[@LINE-7]]:13: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES-MODALS: :[[@LINE-8]]:44: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-15]]:44: note: also reached from the lambda here
  }
  void askRestart() { QMessageBox::question(this, "Settings", "Restart now?"); }
};
