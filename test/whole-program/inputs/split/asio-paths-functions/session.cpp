#include "app.h"

Session::Session(Store &s) : store_(s) {}
void Session::onRead() { parse(); }
void Session::parse() { store_.commit(); }
