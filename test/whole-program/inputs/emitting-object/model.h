#pragma once
#include <QtCore/QObject>
#include <QtCore/QTimer>

class Modifiable : public QObject {
  Q_OBJECT
protected:
  void emitModified();
signals:
  void modified();
};

class Attributes : public Modifiable {
  Q_OBJECT
public:
  void set(int V);
  int Value = 0;
};

class Database : public Modifiable {
  Q_OBJECT
public:
  explicit Database(QTimer *Tick);
  void onTick();
  void markAsModified();
  void save();
};

class Entry : public Modifiable {
  Q_OBJECT
public:
  explicit Entry(QTimer *Tick);
  void touch();
  void onAttributes();
  Attributes *Attrs;
  int Changes = 0;
};
