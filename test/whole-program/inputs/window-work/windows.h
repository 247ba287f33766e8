#include <QtCore/QTimer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMainWindow>

class TrackersDialog : public QDialog {
  Q_OBJECT
public:
  void fetch();
  void onFetched(bool Ok);
};

class TrackersPane : public QWidget {
  Q_OBJECT
public:
  void fetch();
  void onFetched(bool Ok);
};

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QTimer *Poll);
  void checkRuntime();
  void poll();
  void warnStale();
};
