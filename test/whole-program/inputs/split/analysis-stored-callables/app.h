#include <boost/asio.hpp>
#include <functional>
#include <vector>

namespace asio = boost::asio;

void nap();

// A std::function member, set by the user of the class, called by a handler.
class Connection {
public:
  explicit Connection(asio::io_context &io);
  void onMessage(std::function<void(int)> handler);
  void start();

private:
  asio::io_context &io;
  std::function<void(int)> handler_;
};

// A member's default initialiser stores its callable too.
class Ticker {
public:
  explicit Ticker(asio::io_context &io) : io(io) {}
  void start();

private:
  asio::io_context &io;
  std::function<void()> onTick = [] { nap(); };
};

// Lambdas kept in a vector and called in a loop.
extern std::vector<std::function<void()>> pending;

// A table of function pointers, as C programs keep their commands.
struct Command {
  const char *name;
  void (*run)();
};
extern const Command commands[];

extern std::function<void()> onExit;
void setExit();
