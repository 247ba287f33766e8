// Benchmark TU: a Qt 6 widget program with a dialog and timers (real headers).
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

class Window : public QWidget {
public:
  Window() {
    auto *Layout = new QVBoxLayout(this);
    Status = new QLabel("idle", this);
    auto *Button = new QPushButton("Settings", this);
    Layout->addWidget(Status);
    Layout->addWidget(Button);
    QObject::connect(Button, &QPushButton::clicked, this, [this] { openSettings(); });
    auto *Timer = new QTimer(this);
    QObject::connect(Timer, &QTimer::timeout, this, [this] { refresh(); });
    Timer->start(1000);
  }

private:
  void openSettings() {
    auto *Dialog = new QDialog(this);
    Dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(Dialog, &QDialog::finished, this,
                     [this](int Result) { Status->setText(Result ? "saved" : "cancelled"); });
    Dialog->open();
  }
  void refresh() { Status->setText(QString::number(++Ticks)); }
  QLabel *Status;
  int Ticks = 0;
};

int main(int Argc, char **Argv) {
  QApplication App(Argc, Argv);
  Window W;
  W.show();
  return App.exec();
}
