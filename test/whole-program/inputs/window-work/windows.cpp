#include "windows.h"
#include "downloader.h"

void TrackersDialog::fetch() {
  download(this, [this](bool Ok) { onFetched(Ok); });
}
void TrackersPane::fetch() {
  download(this, [this](bool Ok) { onFetched(Ok); });
}
MainWindow::MainWindow(QTimer *Poll) {
  QMetaObject::invokeMethod(this, &MainWindow::checkRuntime,
                            Qt::QueuedConnection);
  connect(Poll, &QTimer::timeout, this, &MainWindow::poll);
}
void MainWindow::poll() {
  QTimer::singleShot(0, this, &MainWindow::warnStale);
}
