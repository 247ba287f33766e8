#include <boost/asio.hpp>
#include <functional>

namespace app {
extern boost::asio::io_context main_io;
// Defined in sched.cpp: hands the work to the loop.
void schedule(boost::asio::io_context &io, std::function<void()> work);
// Defined in peers.cpp: calls visit for each peer, on the caller's thread.
void for_each_peer(const std::function<void(int)> &visit);
// Defined in handlers.cpp.
void on_tick();
void refresh(int peer);

struct Source {
  virtual ~Source() = default;
  virtual int read() = 0;
};
Source &source();
} // namespace app
