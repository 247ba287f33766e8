#include <boost/asio.hpp>
#include <functional>

namespace app {
boost::asio::io_context &loop();
void schedule(std::function<void()> work);
void scheduleLater(std::function<void()> work);
void apply(void (*fn)());
void invoke(const std::function<void()> &fn);
} // namespace app

void nap();
