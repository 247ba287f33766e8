#include "app.h"

folly::Baton<> ready;

void waitReady() { ready.wait(); }
void prepare() { waitReady(); }
void handle() { prepare(); }
