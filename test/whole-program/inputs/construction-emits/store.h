#pragma once
#include <QtCore/QObject>
#include <QtCore/QString>

class Store;

class Group : public QObject {
  Q_OBJECT
public:
  void setName(const QString &N);
  void attach(Store *S);
signals:
  void dataChanged();

private:
  QString Name;
};

class Store : public QObject {
  Q_OBJECT
public:
  Store();
  Group *Root;
signals:
  void groupChanged();
};

class Importer : public QObject {
  Q_OBJECT
public:
  explicit Importer(Store *S);
  void import();
};
