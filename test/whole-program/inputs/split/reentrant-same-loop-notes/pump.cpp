#include "app.h"

Pump::Pump(boost::asio::io_context &io) : Io(io) {}

void Pump::start() { boost::asio::post(Io, [this] { flush(); }); }

void Pump::flush() { Io.run_one(); }
