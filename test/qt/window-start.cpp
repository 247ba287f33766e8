// A modal dialog that a window opens for its own sake is its ordinary use,
// quiet by default like one the user's click opens, and reported with
// ReportUserInputModals: a call that a widget's constructor queues on the
// widget it makes, once (its start: a main window's "Python is missing"
// box), a dialog's own show event (a preview dialog with nothing to choose),
// and a dialog's slot that the dialog hands to the project's own
// registration wrapper with its `this` (a download it asked for). The same
// boxes are reported from a queued call that a timer's slot makes, from a
// non-widget's queued start, from a plain widget's show event, and from a
// slot that a plain widget hands to the wrapper; a nested loop is reported
// in all of them.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/window-start -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/window-start -- -std=c++17 %qt5_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/modals/window-start --prefix MODALS --config "{CheckOptions: {ReportUserInputModals: true}}" -- -std=c++20 %qt6_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtGui/QShowEvent>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMessageBox>

// A download the project starts; it finishes later, on the loop.
class Job : public QObject {
  Q_OBJECT
signals:
  void finished(bool Ok);
};

// The project's wrapper, as qBittorrent's DownloadManager::download: it
// connects the job's finished signal to the caller's slot.
class Downloader : public QObject {
  Q_OBJECT
public:
  template <typename Context, typename Func>
  void download(Context *C, Func Slot) {
    Job *J = new Job;
    connect(J, &Job::finished, C, Slot);
  }
};

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QTimer *Poll) {
    // The window's start: its boxes are quiet.
    QMetaObject::invokeMethod(this, &MainWindow::checkRuntime,
                              Qt::QueuedConnection);
    QTimer::singleShot(0, this, &MainWindow::restoreLayout);
    connect(Poll, &QTimer::timeout, this, &MainWindow::poll);
  }
  void checkRuntime() {
    QMessageBox::information(this, "Search", "Python is missing");
// CHECK-NOTES-MODALS: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::information'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-8]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
// CHECK-NOTES-MODALS: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
  // Other slots run in it, at the start too.
  void restoreLayout() { QCoreApplication::processEvents(); }
// CHECK-NOTES: :[[@LINE-1]]:44: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-12]]:13: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES: :[[@LINE-3]]:44: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:44: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-15]]:13: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES-MODALS: :[[@LINE-6]]:44: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  // Queued by a timer's slot: not the window's start.
  void poll() { QTimer::singleShot(0, this, &MainWindow::warnStale); }
  void warnStale() { QMessageBox::warning(this, "Main", "Stale data"); }
// CHECK-NOTES: :[[@LINE-1]]:35: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-3]]:25: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES: :[[@LINE-3]]:35: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:35: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-6]]:25: note: callback registered with 'QTimer::singleShot' here
// CHECK-NOTES-MODALS: :[[@LINE-6]]:35: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
};

// Not a widget: what it queues at its start is no window's prompt.
class Session : public QObject {
  Q_OBJECT
public:
  Session() {
    QMetaObject::invokeMethod(this, &Session::restore, Qt::QueuedConnection);
  }
  void restore() { QMessageBox::critical(nullptr, "Session", "Corrupt"); }
// CHECK-NOTES: :[[@LINE-1]]:33: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-4]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
// CHECK-NOTES: :[[@LINE-3]]:33: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:33: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-7]]:18: note: callback registered with 'QMetaObject::invokeMethod' here
// CHECK-NOTES-MODALS: :[[@LINE-6]]:33: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
};

class PreviewDialog : public QDialog {
  Q_OBJECT
protected:
  // The dialog's own show: quiet.
  void showEvent(QShowEvent *E) override {
    QDialog::showEvent(E);
    QMessageBox::critical(this, "Preview", "Nothing to preview");
// CHECK-NOTES-MODALS: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-4]]:8: note: event handler runs on the GUI thread's Qt event loop
// CHECK-NOTES-MODALS: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
};

class PreviewPane : public QWidget {
  Q_OBJECT
protected:
  void showEvent(QShowEvent *E) override {
    QWidget::showEvent(E);
    QMessageBox::critical(this, "Preview", "Nothing to preview");
// CHECK-NOTES: :[[@LINE-1]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-4]]:8: note: event handler runs on the GUI thread's Qt event loop
// CHECK-NOTES: :[[@LINE-3]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:18: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::critical'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-7]]:8: note: event handler runs on the GUI thread's Qt event loop
// CHECK-NOTES-MODALS: :[[@LINE-6]]:18: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }
};

class TrackersDialog : public QDialog {
  Q_OBJECT
public:
  explicit TrackersDialog(Downloader *D) : D(D) {}
  // The user's download: its result box is quiet.
  void fetch() { D->download(this, &TrackersDialog::onFetched); }
  void onFetched(bool Ok) {
    if (!Ok)
      QMessageBox::warning(this, "Trackers", "Download failed");
// CHECK-NOTES-MODALS: :[[@LINE-1]]:20: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-5]]:21: note: callback registered with 'Downloader::download' here
// CHECK-NOTES-MODALS: :[[@LINE-3]]:20: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }

private:
  Downloader *D;
};

class TrackersPane : public QWidget {
  Q_OBJECT
public:
  explicit TrackersPane(Downloader *D) : D(D) {}
  void fetch() { D->download(this, &TrackersPane::onFetched); }
  void onFetched(bool Ok) {
    if (!Ok)
      QMessageBox::warning(this, "Trackers", "Download failed");
// CHECK-NOTES: :[[@LINE-1]]:20: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES: :[[@LINE-5]]:21: note: callback registered with 'Downloader::download' here
// CHECK-NOTES: :[[@LINE-3]]:20: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
// CHECK-NOTES-MODALS: :[[@LINE-4]]:20: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
// CHECK-NOTES-MODALS: :[[@LINE-8]]:21: note: callback registered with 'Downloader::download' here
// CHECK-NOTES-MODALS: :[[@LINE-6]]:20: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead
  }

private:
  Downloader *D;
};
