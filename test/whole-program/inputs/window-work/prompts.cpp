#include "windows.h"
#include <QtWidgets/QMessageBox>

void TrackersDialog::onFetched(bool Ok) {
  if (!Ok)
    QMessageBox::warning(this, "Trackers", "Download failed");
}
void TrackersPane::onFetched(bool Ok) {
  if (!Ok)
    QMessageBox::warning(this, "Trackers", "Download failed");
}
void MainWindow::checkRuntime() {
  QMessageBox::information(this, "Search", "Python is missing");
}
void MainWindow::warnStale() { QMessageBox::warning(this, "Main", "Stale"); }
