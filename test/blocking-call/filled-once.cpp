// A function-local static is filled once: in its initialiser, or in a branch
// that its own emptiness guards and that fills it. What that code calls runs
// at the first call only (a cached probe), not on every callback's path. A
// branch that reads a static without filling it, a global's guard, and a
// lambda written inside the filling branch still count.
// Each starting call is a warning of its own (OneWarningPerDefect: false):
// this test is about the paths, several of which share their sink.
// RUN: %check_eventloop %s --checks eventloop-blocking-call --config "{CheckOptions: {OneWarningPerDefect: false}}" --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <cstdlib>
#include <string>

struct ToolInfo {
  std::string path;
  bool isValid() const { return !path.empty(); }
};

static bool probeTool(const char *name, ToolInfo &info) {
  if (std::system(name) != 0)
    return false;
  info.path = name;
  return true;
}

// qBittorrent's pythonInfo(): the probe fills the static through a
// reference, under a check of the static itself.
ToolInfo toolInfo() {
  static ToolInfo cached;
  if (!cached.isValid()) {
    if (probeTool("python3 --version", cached))
      return cached;
    probeTool("python --version", cached);
  }
  return cached;
}

// Filled by assignment, the guard a plain comparison.
int toolVersion() {
  static int version = -1;
  if (version < 0)
    version = std::system("tool --version");
  return version;
}

// Filled in the initialiser.
const std::string &toolPath() {
  static const std::string path = std::to_string(std::system("which tool"));
  return path;
}

// The guard reads a static that the branch does not fill: every call with
// the flag set runs the command.
void rerun() {
  static bool enabled = true;
  if (enabled)
    std::system("tool --again");
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: callback blocks its asio loop in 'system' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE+42]]:16: note: callback registered with 'boost::asio::post' here
}

// A global can be filled again from anywhere: its guard is no such branch.
ToolInfo globalInfo;
void refreshGlobal() {
  if (!globalInfo.isValid())
    probeTool("tool", globalInfo);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: callback blocks its asio loop in 'system' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-48]]:12: note: 'probeTool' blocks here
  // CHECK-NOTES: :[[@LINE+33]]:16: note: callback registered with 'boost::asio::post' here
}

// A lambda kept in the static is stored once; its body runs at each call,
// through the static.
void runStored() {
  static std::function<void()> task;
  if (!task)
    task = [] { std::system("tool --run"); };
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: callback blocks its asio loop in 'system' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-2]]:10: note: stored by 'runStored' into 'runStored::task' here
  // CHECK-NOTES: :[[@LINE+2]]:3: note: called through 'runStored::task' by 'runStored' here
  // CHECK-NOTES: :[[@LINE+22]]:16: note: callback registered with 'boost::asio::post' here
  task();
}

void useAll() {
  if (toolInfo().isValid() && toolVersion() > 0 && !toolPath().empty())
    return;
}

// Each call of the uncached probe runs the command.
void probeEveryTime() {
  ToolInfo info;
  probeTool("tool", info);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: callback blocks its asio loop in 'system' [eventloop-blocking-call]
  // CHECK-NOTES: :[[@LINE-75]]:12: note: 'probeTool' blocks here
  // CHECK-NOTES: :[[@LINE+8]]:16: note: callback registered with 'boost::asio::post' here
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, useAll);
  boost::asio::post(io, rerun);
  boost::asio::post(io, refreshGlobal);
  boost::asio::post(io, runStored);
  boost::asio::post(io, probeEveryTime);
}
