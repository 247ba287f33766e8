// Callables kept in a member, a container, a table or a global and called
// through it by loop code are loop code of their own (field-based: whatever
// is stored into a storage may be what a call through it runs). The warning
// goes into the stored callable's body; the notes say where it was stored,
// where loop code calls through the storage, and how that code is loop code.
// RUN: %check_eventloop %s --checks 'eventloop-blocking-call' --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++17

#include <boost/asio.hpp>
#include <chrono>
#include <functional>
#include <thread>
#include <vector>

namespace asio = boost::asio;

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

// A std::function member, set by the user of the class, called by a handler.
class Connection {
public:
  explicit Connection(asio::io_context &io) : io(io) {}
  void onMessage(std::function<void(int)> handler) { handler_ = std::move(handler); }
  void start() {
    asio::post(io, [this] { handler_(42); });
  }

private:
  asio::io_context &io;
  std::function<void(int)> handler_;
};

void useConnection(asio::io_context &io) {
  Connection c(io);
  c.onMessage([](int) { nap(); });
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :16:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 'useConnection' passes the lambda to 'Connection::onMessage' here
  // CHECK-NOTES: :22:63: note: stored by 'Connection::onMessage' into 'Connection::handler_' here
  // CHECK-NOTES: :24:29: note: called through 'Connection::handler_' by the lambda here
  // CHECK-NOTES: :24:11: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-7]]:25: note: consider a timer of the event loop instead
  c.start();
}

// Lambdas kept in a vector and called in a loop.
std::vector<std::function<void()>> pending;

void queueWork() {
  pending.push_back([] { nap(); });
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :16:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:11: note: stored by 'queueWork' into 'pending' here
  // CHECK-NOTES: :[[@LINE+8]]:7: note: called through 'pending' by the lambda here
  // CHECK-NOTES: :[[@LINE+5]]:9: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:26: note: consider a timer of the event loop instead
}

void drainLater(asio::io_context &io) {
  asio::post(io, [] {
    for (auto &work : pending)
      work();
  });
}

// A table of function pointers, as C programs keep their commands.
void cmdStatus() {}
void cmdSleep() { nap(); }
// CHECK-NOTES: :[[@LINE-1]]:19: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
// CHECK-NOTES: :16:32: note: 'nap' blocks here
// CHECK-NOTES: :[[@LINE+8]]:62: note: 'cmdSleep' is stored into 'Command::run' here
// CHECK-NOTES: :[[@LINE+10]]:44: note: called through 'Command::run' by the lambda here
// CHECK-NOTES: :[[@LINE+9]]:9: note: callback registered with 'boost::asio::post' here
// CHECK-NOTES: :[[@LINE-6]]:19: note: consider a timer of the event loop instead
struct Command {
  const char *name;
  void (*run)();
};
const Command commands[] = {{"status", cmdStatus}, {"sleep", cmdSleep}};

void dispatch(asio::io_context &io, int which) {
  asio::post(io, [which] { commands[which].run(); });
}

// A member's default initialiser stores its callable too.
class Ticker {
public:
  explicit Ticker(asio::io_context &io) : io(io) {}
  void start() {
    asio::post(io, [this] { onTick(); });
  }

private:
  asio::io_context &io;
  std::function<void()> onTick = [] { nap(); };
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: callback blocks its asio loop in 'std::this_thread::sleep_for' [eventloop-blocking-call]
  // CHECK-NOTES: :16:32: note: 'nap' blocks here
  // CHECK-NOTES: :[[@LINE-3]]:25: note: the lambda is stored into 'Ticker::onTick' here
  // CHECK-NOTES: :[[@LINE-9]]:29: note: called through 'Ticker::onTick' by the lambda here
  // CHECK-NOTES: :[[@LINE-10]]:11: note: callback registered with 'boost::asio::post' here
  // CHECK-NOTES: :[[@LINE-6]]:39: note: consider a timer of the event loop instead
};

// Stored but never called through by loop code: nothing to say.
std::function<void()> onExit;
void setExit() { onExit = [] { nap(); }; }
int main() {
  setExit();
  onExit();
}

// OneWarningPerDefect is off in the RUN line: each starting call is a
// warning of its own, since this test is about paths that share sinks.
