#include "store.h"

void Group::setName(const QString &N) {
  Name = N;
  emit dataChanged();
}

void Group::attach(Store *S) {
  connect(this, &Group::dataChanged, S, &Store::groupChanged);
}

Store::Store() {
  Root = new Group;
  Root->attach(this);
  Root->setName("Passwords");
}
