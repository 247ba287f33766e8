#include "model.h"

void Attributes::set(int V) {
  Value = V;
  emitModified();
}
