//===--- StandardModel.cpp - The C++ standard library and POSIX -----------===//
//
// Threads are the offload boundary every framework shares; futures, joins,
// condition variables and sleeps are the blocking waits; a few C library
// calls block on the network or on a child process.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

const SinkRule Sinks[] = {
    // libstdc++ declares wait* on the base class __basic_future.
    {.Callee = "std::future::get",
     .Kind = SinkKind::Blocking,
     .Alternative = "a completion callback",
     .WaitsForFuture = true},
    {.Callee = "std::shared_future::get",
     .Kind = SinkKind::Blocking,
     .Alternative = "a completion callback",
     .WaitsForFuture = true},
    {.Callee = "std::future::wait*",
     .Kind = SinkKind::Blocking,
     .Alternative = "a completion callback",
     .WaitsForFuture = true,
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1},
    {.Callee = "std::shared_future::wait*",
     .Kind = SinkKind::Blocking,
     .Alternative = "a completion callback",
     .WaitsForFuture = true,
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1},
    {.Callee = "std::__basic_future::wait*",
     .Kind = SinkKind::Blocking,
     .Alternative = "a completion callback",
     .WaitsForFuture = true,
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1},
    {.Callee = "std::thread::join", .Kind = SinkKind::Blocking},
    {.Callee = "std::jthread::join", .Kind = SinkKind::Blocking},
    {.Callee = "std::condition_variable::wait*", .Kind = SinkKind::Blocking},
    {.Callee = "std::condition_variable_any::wait*",
     .Kind = SinkKind::Blocking},
    {.Callee = "std::latch::wait", .Kind = SinkKind::Blocking},
    {.Callee = "std::latch::arrive_and_wait", .Kind = SinkKind::Blocking},
    {.Callee = "std::barrier::arrive_and_wait", .Kind = SinkKind::Blocking},
    {.Callee = "std::counting_semaphore::acquire", .Kind = SinkKind::Blocking},
    {.Callee = "std::this_thread::sleep_for",
     .Kind = SinkKind::Blocking,
     .Alternative = "a timer of the event loop",
     .Sleeps = true},
    {.Callee = "std::this_thread::sleep_until",
     .Kind = SinkKind::Blocking,
     .Alternative = "a timer of the event loop",
     .Sleeps = true},
    {.Callee = "::sleep",
     .Kind = SinkKind::Blocking,
     .Alternative = "a timer of the event loop",
     .Sleeps = true},
    // Microseconds: under a millisecond it is a backoff, not a wait.
    {.Callee = "::usleep",
     .Kind = SinkKind::Blocking,
     .Alternative = "a timer of the event loop",
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1000,
     .Sleeps = true},
    {.Callee = "::nanosleep",
     .Kind = SinkKind::Blocking,
     .Alternative = "a timer of the event loop",
     .Sleeps = true},
    {.Callee = "::pthread_join", .Kind = SinkKind::Blocking},
    {.Callee = "::pthread_cond_wait", .Kind = SinkKind::Blocking},
    {.Callee = "::pthread_cond_timedwait", .Kind = SinkKind::Blocking},
    {.Callee = "::getaddrinfo",
     .Kind = SinkKind::Blocking,
     .Alternative = "the event loop's asynchronous resolver"},
    {.Callee = "::gethostbyname",
     .Kind = SinkKind::Blocking,
     .Alternative = "the event loop's asynchronous resolver"},
    {.Callee = "::system", .Kind = SinkKind::Blocking},
    {.Callee = "::popen", .Kind = SinkKind::Blocking},
    // WNOHANG (1 on Linux) makes it return at once.
    {.Callee = "::waitpid",
     .Kind = SinkKind::Blocking,
     .UnlessFlagsOperand = 2,
     .UnlessBits = 1},
};

const OffloadRule Offloads[] = {
    {.Callee = "std::thread::thread"},
    {.Callee = "std::jthread::jthread"},
    {.Callee = "std::async", .GuardOperand = 0, .GuardEnumerator = "async"},
    {.Callee = "::pthread_create", .Callable = 2},
    {.Callee = "boost::thread::thread"},
};

const CallableWrapperRule Wrappers[] = {
    {"std::function::function", 0},
    {"std::move_only_function::move_only_function", 0},
    {"std::bind", 0},
    {"std::bind_front", 0},
    {"std::ref", 0},
    {"std::cref", 0},
    {"std::move", 0},
    {"std::forward", 0},
    {"boost::bind", 0},
    {"boost::function::function", 0},
};

const llvm::StringRef FutureCompleters[] = {
    "std::promise::set_value", "std::promise::set_exception",
    "boost::promise::set_value", "boost::promise::set_exception"};

// The standard containers' members, by name under std (and boost).
const llvm::StringRef ContainerStores[] = {
    "std::**::push_back",   "std::**::emplace_back",
    "std::**::push_front",  "std::**::emplace_front",
    "std::**::insert",      "std::**::emplace",
    "std::**::push",        "std::**::insert_or_assign",
    "std::**::try_emplace", "boost::**::push_back",
    "boost::**::insert"};
const llvm::StringRef ContainerElements[] = {
    "std::**::at",         "std::**::front", "std::**::back",
    "std::**::operator[]", "boost::**::at",  "boost::**::operator[]"};

// A timed wait asks whether the future is ready; with a zero timeout it
// only asks (SinkRule::UnlessBelow).
const llvm::StringRef FutureReadyChecks[] = {
    "std::future::wait_for",         "std::future::wait_until",
    "std::shared_future::wait_for",  "std::shared_future::wait_until",
    "std::__basic_future::wait_for", "std::__basic_future::wait_until"};

const llvm::StringRef PromiseFutures[] = {"std::promise::get_future",
                                          "boost::promise::get_future"};

const llvm::StringRef ObjectFactories[] = {
    "std::make_unique", "std::make_shared", "std::make_unique_for_overwrite"};

} // namespace

extern const FrameworkModel StandardModel;
const FrameworkModel StandardModel{
    .Name = "standard library",
    .LoopLabel = "event",
    .Sinks = Sinks,
    .Offloads = Offloads,
    .CallableWrappers = Wrappers,
    .FutureCompleters = FutureCompleters,
    .ContainerStores = ContainerStores,
    .ContainerElements = ContainerElements,
    .PromiseFutures = PromiseFutures,
    .ObjectFactories = ObjectFactories,
    .FutureReadyChecks = FutureReadyChecks,
};

} // namespace clang::tidy::eventloop
