#include "app.h"
#include <chrono>
#include <thread>

// Another TU's static function of the same name: a function of its own.
static void helper() { std::this_thread::sleep_for(std::chrono::seconds(1)); }

void app::on_tick() { main_io.run_one(); }

void app::refresh(int peer) {
  (void)peer;
  helper();
  boost::asio::io_context lookup;
  lookup.run();
}
