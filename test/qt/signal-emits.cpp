// The project's own signals are call edges: an emit runs the slots
// connected to it, as part of the code that emits. The warning goes to the
// emit in the root, and what starts that root decides, as for any path: a
// save dialog reached from the user's click is quiet, from a timer it is
// reported. A slot whose signal is only emitted in code that other roots
// reach is not a root of its own; one whose signal a worker thread emits
// is (the connection queues it onto the receiver's loop).
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/signal-emits -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/signal-emits -- -std=c++17 %qt5_flags

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

class Worker : public QThread {
  Q_OBJECT
protected:
  // Another thread: its emit is not loop code.
  void run() override { emit failed(); }
signals:
  void failed();
};

class Editor : public QWidget {
  Q_OBJECT
public:
  Editor(QPushButton *save, QTimer *autosave, Worker *worker) {
    connect(save, &QPushButton::clicked, this, &Editor::onSaveClicked);
    connect(autosave, &QTimer::timeout, this, &Editor::onAutosave);
    connect(this, &Editor::saveRequested, this, &Editor::askWhere);
    connect(this, &Editor::progress, this, [] {
      QCoreApplication::processEvents();
    });
    connect(worker, &Worker::failed, this, &Editor::report);
  }

  void onSaveClicked() {
    emit saveRequested();
    emit progress();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback re-enters its own Qt loop through 'QCoreApplication::processEvents'; processEvents runs other slots and events in the middle of this one [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-2]]:10: note: 'Editor::onSaveClicked' emits 'Editor::progress' here, connected to the lambda at signal-emits.cpp:34
    // CHECK-NOTES: :[[@LINE-10]]:25: note: the lambda runs the event loop here
    // CHECK-NOTES: :[[@LINE-15]]:5: note: callback connected to 'QPushButton::clicked' here
    // CHECK-NOTES: :[[@LINE-5]]:10: note: no fix-it can cure this: consider splitting the work into steps scheduled with 'QTimer::singleShot(0, ...)' instead
  }
  void onAutosave() {
    emit saveRequested();
    // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its Qt loop in the modal loop of 'QFileDialog::getSaveFileName'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
    // CHECK-NOTES: :[[@LINE-2]]:10: note: 'Editor::onAutosave' emits 'Editor::saveRequested' here, connected to 'Editor::askWhere' at signal-emits.cpp:33
    // CHECK-NOTES: :[[@LINE+5]]:34: note: 'Editor::askWhere' runs the event loop here
    // CHECK-NOTES: :[[@LINE-22]]:5: note: callback connected to 'QTimer::timeout' here
    // CHECK-NOTES: :[[@LINE-5]]:10: note: consider a 'QFileDialog' shown with 'open' and a handler for its fileSelected signal instead
  }
  // Run by the emits above only: not a root of its own.
  void askWhere() { QFileDialog::getSaveFileName(this); }
  void report() { QMessageBox::warning(this, "Editor", "The worker failed"); }
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: callback blocks its Qt loop in the modal loop of 'QMessageBox::warning'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  // CHECK-NOTES: :[[@LINE-24]]:5: note: callback connected to 'Worker::failed' here
  // CHECK-NOTES: :[[@LINE-3]]:32: note: consider a 'QMessageBox' shown with 'open' and a handler for its finished signal instead

signals:
  void saveRequested();
  void progress();
};
