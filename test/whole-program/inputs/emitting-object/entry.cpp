#include "model.h"

Entry::Entry(QTimer *Tick) : Attrs(new Attributes) {
  connect(Attrs, &Attributes::modified, this, &Entry::onAttributes);
  connect(Tick, &QTimer::timeout, this, &Entry::touch);
}
void Entry::touch() { Attrs->set(1); }
void Entry::onAttributes() { ++Changes; }
