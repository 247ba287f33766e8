#include "model.h"

void Modifiable::emitModified() { emit modified(); }
