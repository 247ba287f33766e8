#include <QtCore/QTimer>
#include <QtWidgets/QPushButton>
#include <functional>

QPushButton *makeButton(QWidget *Parent, std::function<void()> OnClick);
QTimer *every(QObject *Parent, int Ms, std::function<void()> OnTick);
