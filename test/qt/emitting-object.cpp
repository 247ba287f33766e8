// An emit runs the connections whose sender may be the emitting object:
// of the same class, or one derives from the other. KeePassXC's pattern:
// every model object derives from one base whose emitModified() emits
// modified() on `this`; the database's modified is connected to a save
// that waits, an entry's attributes' modified to the entry's own slot. A
// change of the attributes runs the entry's slot, never the database's.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt6/emitting-object -- -std=c++20 %qt6_flags
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/qt5/emitting-object -- -std=c++17 %qt5_flags

#include <QtCore/QThread>
#include <QtCore/QTimer>

class Modifiable : public QObject {
  Q_OBJECT
protected:
  void emitModified() { emit modified(); }
signals:
  void modified();
};

class Attributes : public Modifiable {
  Q_OBJECT
public:
  void set(int V) {
    Value = V;
    emitModified();
  }
  int Value = 0;
};

class Database : public Modifiable {
  Q_OBJECT
public:
  explicit Database(QTimer *Tick) {
    connect(Tick, &QTimer::timeout, this, &Database::onTick);
    connect(this, &Database::modified, this, &Database::save);
  }
  // The database's own emit, through the base's emitModified on `this`.
  void onTick() { markAsModified(); }
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: callback blocks its Qt loop in 'QThread::sleep' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+5]]:27: note: 'Database::markAsModified' calls 'Modifiable::emitModified' here
  // CHECK-NOTES: :[[@LINE-26]]:30: note: 'Modifiable::emitModified' emits 'Database::modified' here, connected to 'Database::save' at emitting-object.cpp:36
  // CHECK-NOTES: :[[@LINE+4]]:26: note: 'Database::save' blocks here
  // CHECK-NOTES: :[[@LINE-9]]:5: note: callback connected to 'QTimer::timeout' here
  // CHECK-NOTES: :[[@LINE-6]]:19: note: consider 'QTimer::singleShot' for the rest of the work instead
  void markAsModified() { emitModified(); }
  void save() { QThread::sleep(1); }
};

class Entry : public Modifiable {
  Q_OBJECT
public:
  explicit Entry(QTimer *Tick) : Attrs(new Attributes) {
    connect(Attrs, &Attributes::modified, this, &Entry::onAttributes);
    connect(Tick, &QTimer::timeout, this, &Entry::touch);
  }
  // The attributes' emit runs onAttributes, not Database::save: nothing to
  // report here.
  void touch() { Attrs->set(1); }
  void onAttributes() { ++Changes; }
  Attributes *Attrs;
  int Changes = 0;
};
