// A MOCK of the few folly declarations the folly tests use: Debian has no
// folly package, so the tests cannot include the real headers. Names,
// namespaces and signatures follow folly's; templates have empty bodies only
// because a template instantiated with a lambda type must be defined.
#pragma clang system_header

#include <chrono>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace folly {

template <class> class Function;
template <class R, class... A> class Function<R(A...)> {
public:
  Function() = default;
  template <class F> Function(F &&) {}
  R operator()(A... a);
};

class Executor {
public:
  using Func = Function<void()>;
  virtual ~Executor();
  virtual void add(Func func) = 0;
};

class EventBase : public Executor {
public:
  using Func = Function<void()>;
  class LoopCallback {
  public:
    virtual ~LoopCallback();
    virtual void runLoopCallback() noexcept = 0;
  };
  EventBase();
  ~EventBase() override;
  bool loop();
  bool loopOnce(int flags = 0);
  void loopForever();
  void terminateLoopSoon();
  bool isInEventBaseThread() const;
  bool runInEventBaseThread(Func fn) noexcept;
  bool runInEventBaseThreadAndWait(Func fn) noexcept;
  void runInLoop(Func c, bool thisIteration = false);
  void runInLoop(LoopCallback *callback, bool thisIteration = false);
  void runAfterDelay(Func c, std::uint32_t milliseconds);
  void add(Func fn) override;
};

class AsyncTimeout {
public:
  explicit AsyncTimeout(EventBase *eventBase);
  virtual ~AsyncTimeout();
  virtual void timeoutExpired() noexcept = 0;
  bool scheduleTimeout(std::uint32_t milliseconds);
};

template <class T> class Future {
public:
  Future();
  Future(Future &&) noexcept;
  ~Future();
  T get() &&;
  Future &wait() &;
  template <class F> Future<std::invoke_result_t<F, T>> thenValue(F &&) && {
    return {};
  }
};

template <class T> Future<T> makeFuture(T value);

template <class F>
Future<std::invoke_result_t<F>> via(Executor *, F &&) {
  return {};
}

template <bool MayBlock = true> class Baton {
public:
  void post() noexcept;
  void wait() noexcept;
  template <class Rep, class Period>
  bool try_wait_for(const std::chrono::duration<Rep, Period> &timeout) noexcept;
};

class CPUThreadPoolExecutor : public Executor {
public:
  explicit CPUThreadPoolExecutor(std::size_t numThreads);
  ~CPUThreadPoolExecutor() override;
  void add(Func func) override;
};

namespace coro {
template <class T> class Task {
public:
  Task(Task &&) noexcept;
  ~Task();
};
struct blocking_wait_fn {
  template <class T> T operator()(Task<T> &&awaitable) const;
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait;
} // namespace coro

} // namespace folly
