// Event filters and `event()` overrides handle every event, but a branch
// for the user's own input events (`if (event->type() ==
// QEvent::KeyPress)`, or such a `case` of `switch (event->type())`) runs
// only for the user's key press, click or double-click: a modal dialog
// reached through it is the ordinary use of one, reported only with
// ReportUserInputModals (MODALS), like a dialog of the user's own handlers.
// A signal emitted only in such branches, or in functions that only such
// branches call, is the user's input too (qTox's screenshot chooser relays
// a double-click from its scene event filter). Branches of other events,
// and conditions that other events satisfy too, are reported. Qt 6 and
// Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/event-filters -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/event-filters -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/event-filters --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QGraphicsItem>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QWidget>

// A text edit whose paste of an image is sent by the chat form.
class ChatEdit : public QWidget {
  Q_OBJECT
public:
  void sendKeyEvent(QKeyEvent *Key) { keyPressEvent(Key); }

protected:
  void keyPressEvent(QKeyEvent *Key) override { pasteIfImage(Key); }
  // CHECK-NOTES-MODALS: :[[@LINE-1]]:49: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE+4]]:44: note: 'ChatEdit::pasteIfImage' emits 'ChatEdit::pasteImage' here, connected to 'ChatForm::sendImage' at event-filters.cpp:44
  // CHECK-NOTES-MODALS: :[[@LINE+45]]:35: note: 'ChatForm::sendImage' runs the event loop here
  // CHECK-NOTES-MODALS: :[[@LINE-4]]:8: note: event handler of the user's input runs on the GUI thread's Qt event loop
  // CHECK-NOTES-MODALS: :[[@LINE-5]]:49: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  void pasteIfImage(QKeyEvent *Key) { emit pasteImage(); }

signals:
  void pasteImage();
};

class ChatForm : public QWidget {
  Q_OBJECT
public:
  ChatForm() { connect(Edit, &ChatEdit::pasteImage, this, &ChatForm::sendImage); }

  // The emoticons' key presses go to the message edit.
  bool eventFilter(QObject *Object, QEvent *Event) override {
    if (Object && Event->type() == QEvent::KeyPress) {
      Edit->sendKeyEvent(static_cast<QKeyEvent *>(Event));
      return false;
    }
    if (Event->type() != QEvent::MouseButtonDblClick) {
      // Every other event.
      confirm();
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES: :[[@LINE+22]]:33: note: 'ChatForm::confirm' runs the event loop here
      // CHECK-NOTES: :[[@LINE-10]]:8: note: event filter runs on its object's Qt event loop
      // CHECK-NOTES: :[[@LINE-4]]:7: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // CHECK-NOTES: :[[@LINE+14]]:7: note: also reached from 'ChatForm::eventFilter' here
      // CHECK-NOTES-MODALS: :[[@LINE-6]]:7: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::question'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES-MODALS: :[[@LINE+17]]:33: note: 'ChatForm::confirm' runs the event loop here
      // CHECK-NOTES-MODALS: :[[@LINE-15]]:8: note: event filter runs on its object's Qt event loop
      // CHECK-NOTES-MODALS: :[[@LINE-9]]:7: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // CHECK-NOTES-MODALS: :[[@LINE+5]]:7: note: also reached from 'ChatForm::eventFilter' here
      // CHECK-NOTES-MODALS: :[[@LINE+8]]:7: note: also reached from 'ChatForm::eventFilter' here
      return false;
    } else {
      // The user's double-click.
      confirm();
    }
    // A key press, or a timer: not the user's input only.
    if (Event->type() == QEvent::KeyPress || Event->type() == QEvent::Timer)
      confirm();
    return false;
  }

  void sendImage() { QMessageBox::warning(this, "qTox", "Failed to save"); }
  void confirm() { QMessageBox::question(this, "qTox", "Sure?"); }

  ChatEdit *Edit = new ChatEdit;
};

// A chooser item relays the double-click that its scene event filter sees.
class ChooserItem : public QObject, public QGraphicsItem {
  Q_OBJECT
public:
  bool sceneEventFilter(QGraphicsItem *Watched, QEvent *Event) override {
    forwardEvent(Event);
    return true;
  }
  void forwardEvent(QEvent *Event) {
    switch (Event->type()) {
    case QEvent::GraphicsSceneMousePress:
    case QEvent::GraphicsSceneMouseRelease:
      break;
    case QEvent::GraphicsSceneMouseDoubleClick:
      mouseDoubleClick();
      break;
    default:
      break;
    }
  }
  void mouseDoubleClick() { emit doubleClicked(); }

signals:
  void doubleClicked();
};

// Its hover events are no one's input.
class HoverItem : public QObject {
  Q_OBJECT
public:
  bool event(QEvent *Event) override {
    switch (Event->type()) {
    case QEvent::HoverEnter:
      emit entered();
      // CHECK-NOTES: :[[@LINE-1]]:12: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES: :[[@LINE-2]]:12: note: 'HoverItem::event' emits 'HoverItem::entered' here, connected to 'Grabber::preview' at event-filters.cpp:147
      // CHECK-NOTES: :[[@LINE+34]]:33: note: 'Grabber::preview' runs the event loop here
      // CHECK-NOTES: :[[@LINE-7]]:8: note: event handler runs on its object's Qt event loop
      // CHECK-NOTES: :[[@LINE-5]]:12: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // CHECK-NOTES-MODALS: :[[@LINE-6]]:12: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
      // CHECK-NOTES-MODALS: :[[@LINE-7]]:12: note: 'HoverItem::event' emits 'HoverItem::entered' here, connected to 'Grabber::preview' at event-filters.cpp:147
      // CHECK-NOTES-MODALS: :[[@LINE+29]]:33: note: 'Grabber::preview' runs the event loop here
      // CHECK-NOTES-MODALS: :[[@LINE-12]]:8: note: event handler runs on its object's Qt event loop
      // CHECK-NOTES-MODALS: :[[@LINE-10]]:12: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
      // CHECK-NOTES-MODALS: :[[@LINE+3]]:12: note: also reached from 'HoverItem::event' here
      break;
    case QEvent::MouseButtonPress:
      emit entered();
      break;
    default:
      break;
    }
    return QObject::event(Event);
  }

signals:
  void entered();
};

class Grabber : public QWidget {
  Q_OBJECT
public:
  Grabber(ChooserItem *Chooser, HoverItem *Hover) {
    connect(Chooser, &ChooserItem::doubleClicked, this, &Grabber::acceptRegion);
    connect(Hover, &HoverItem::entered, this, &Grabber::preview);
  }
  void acceptRegion() { QMessageBox::warning(this, "qTox", "Failed"); }
  // CHECK-NOTES-MODALS: :[[@LINE-1]]:38: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-5]]:5: note: callback connected to 'ChooserItem::doubleClicked' here
  // CHECK-NOTES-MODALS: :[[@LINE-3]]:38: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  void preview() { QMessageBox::information(this, "qTox", "Preview"); }
};
