// Negatives: nothing here runs on the loop thread. Work handed to a thread,
// to std::async with std::launch::async, or to a thread_pool (directly, via
// its executor, or bound to its executor) is not loop code; main runs the
// loop itself; a function reached only from main is not loop code; and the
// offload the fix-it writes, `std::async(...).get()` around a call that runs
// a private loop, is the cure and gives no warning of any kind.
// RUN: %check_eventloop %s --checks 'eventloop-*' --tmp %t/t -- -std=c++20

#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

namespace asio = boost::asio;
using boost::system::error_code;

int fetchBlocking() {
  asio::io_context local;
  local.run();
  return 42;
}

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }

std::vector<std::future<int>> pending;

void threads(asio::io_context &io) {
  asio::post(io, [] {
    std::thread([] { fetchBlocking(); nap(); }).detach();
    std::jthread worker([] { fetchBlocking(); nap(); });
    worker.detach();
    pending.push_back(std::async(std::launch::async, fetchBlocking));
    pending.push_back(std::async(std::launch::async, [] { nap(); return 0; }));
  });
}

void pools(asio::io_context &io, asio::thread_pool &pool) {
  asio::post(pool, [] { fetchBlocking(); nap(); });
  asio::post(pool.get_executor(), [] { fetchBlocking(); nap(); });
  asio::dispatch(pool, [] { nap(); });
  asio::post(io, [&pool] { asio::post(pool, [] { nap(); }); });
  auto timer = std::make_shared<asio::steady_timer>(io);
  timer->async_wait(
      asio::bind_executor(pool.get_executor(), [](error_code) { nap(); }));
}

// The cure itself: the private loop runs on another thread.
void alreadyOffloaded(asio::io_context &io) {
  asio::post(io, [] {
    int n = std::async(std::launch::async, [&] { return fetchBlocking(); }).get();
    (void)n;
  });
}

// The same cure written with a thread_pool: use_future only wraps the
// lambda in a completion token (it calls nothing), and the pool runs it.
void offloadedToPool(asio::io_context &io, asio::thread_pool &pool) {
  asio::post(io, [&pool] {
    int n = asio::post(pool, asio::use_future([] { return fetchBlocking(); })).get();
    (void)n;
  });
}

// Reached only from main.
void setup() {
  nap();
  fetchBlocking();
}

int main() {
  asio::io_context io;
  asio::thread_pool pool(2);
  setup();
  threads(io);
  pools(io, pool);
  alreadyOffloaded(io);
  offloadedToPool(io, pool);
  io.run();
  pool.join();
}
