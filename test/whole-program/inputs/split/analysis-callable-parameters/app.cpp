#include "app.h"

namespace app {
// The project's own registration API, over asio::post.
void schedule(std::function<void()> work) {
  boost::asio::post(loop(), std::move(work));
}
// A second layer that forwards to the first.
void scheduleLater(std::function<void()> work) { schedule(std::move(work)); }

void apply(void (*fn)()) { fn(); }
void invoke(const std::function<void()> &fn) { fn(); }
} // namespace app
