#include "app.h"

void Pump::start() { boost::asio::post(Io, [this] { tick(); }); }
