#include "app.h"

int Poller::refresh() { return source->fetch(); }

void Poller::check() {
  if (source == nullptr)
    report("no source");
}

void Poller::report(const char *what) { complain(what); }
