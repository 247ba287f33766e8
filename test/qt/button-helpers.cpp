// A helper that makes a button and connects its clicked signal to the
// slot it is given (qTox's `createButton(name, this,
// &GenericChatForm::onEmoteButtonClicked)`) registers that slot as the
// user's input, as a connect written in place would: a modal dialog there
// is reported only with ReportUserInputModals (MODALS). A helper that
// connects a timer's timeout to the slot it is given registers no user
// input: its slot's dialog is reported. Qt 6 and Qt 5.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/button-helpers -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/button-helpers -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/button-helpers --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QTimer>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QWidget>

template <class T, class Fun>
QPushButton *createButton(const QString &Name, T *Self, Fun OnClick) {
  QPushButton *Button = new QPushButton(Name);
  QObject::connect(Button, &QPushButton::clicked, Self, OnClick);
  return Button;
}

template <class T, class Fun> QTimer *every(int Ms, T *Self, Fun OnTick) {
  QTimer *Timer = new QTimer(Self);
  QObject::connect(Timer, &QTimer::timeout, Self, OnTick);
  Timer->start(Ms);
  return Timer;
}

class ChatForm : public QWidget {
  Q_OBJECT
public:
  ChatForm() {
    createButton("emoteButton", this, &ChatForm::onEmoteButtonClicked);
    every(1000, this, &ChatForm::onTick);
  }
  void onEmoteButtonClicked() {
    QMenu Menu;
    Menu.exec(QPoint(0, 0));
    // CHECK-NOTES-MODALS: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QMenu::exec'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES-MODALS: :[[@LINE-7]]:5: note: callback registered with 'createButton' here
    // CHECK-NOTES-MODALS: :[[@LINE-3]]:10: note: consider 'QMenu::popup' and a handler for its triggered signal instead
  }
  void onTick() { QMessageBox::warning(this, "qTox", "offline"); }
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-11]]:5: note: callback registered with 'every' here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  // CHECK-NOTES-MODALS: :[[@LINE-4]]:32: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES-MODALS: :[[@LINE-14]]:5: note: callback registered with 'every' here
  // CHECK-NOTES-MODALS: :[[@LINE-6]]:32: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
};
