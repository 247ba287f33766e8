#include "app.h"
#include <chrono>
#include <thread>

namespace {
struct FileSource : app::Source {
  int read() override {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return 0;
  }
};
} // namespace

app::Source &app::source() {
  static FileSource s;
  return s;
}
