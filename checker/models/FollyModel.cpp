//===--- FollyModel.cpp - folly's EventBase, futures and executors --------===//
//
// An EventBase runs the functions handed to it (runInEventBaseThread,
// runInLoop, runAfterDelay) and the AsyncTimeouts bound to it on its own
// thread. folly checks that an EventBase is not looped from inside its own
// loop; looping a fresh, stack-allocated EventBase is what folly itself
// recommends for synchronous work, and it is reported as a private loop.
//
// Debian has no folly package: the tests use a mock header that declares
// these names as folly does (test/folly/inputs/folly_mock.h).
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr llvm::StringRef RunRule =
    "folly refuses to loop an EventBase from inside its own loop";
constexpr llvm::StringRef RunInLoopInstead =
    "'runInLoop' for the rest of the work";
constexpr llvm::StringRef ThenInstead =
    "a continuation ('thenValue') that runs on the EventBase";

const llvm::StringRef LoopTypes[] = {"folly::EventBase"};

const RegistrationRule Registrations[] = {
    {.Callee = "folly::EventBase::runInEventBaseThread",
     .LoopOperand = ObjectOperand},
    {.Callee = "folly::EventBase::runInEventBaseThreadAlwaysEnqueue",
     .LoopOperand = ObjectOperand},
    {.Callee = "folly::EventBase::runInLoop", .LoopOperand = ObjectOperand},
    {.Callee = "folly::EventBase::runAfterDelay", .LoopOperand = ObjectOperand},
    {.Callee = "folly::EventBase::runOnDestruction",
     .LoopOperand = ObjectOperand},
    {.Callee = "folly::EventBase::add", .LoopOperand = ObjectOperand},
    // The caller waits until the base has run the function; called on the
    // base's own thread it runs the function inline. The model format lets a
    // call be a registration or a sink, not both: it is a registration, so
    // that the function is analysed as loop code.
    {.Callee = "folly::EventBase::runInEventBaseThreadAndWait",
     .LoopOperand = ObjectOperand},
    {.Callee = "folly::EventBase::runImmediatelyOrRunInEventBaseThreadAndWait",
     .LoopOperand = ObjectOperand},
    // A future continued on an EventBase runs its callback there.
    {.Callee = "folly::via", .LoopOperand = 0},
};

const LoopCodeRule LoopCode[] = {
    {LoopCodeRule::Overrides, "folly::AsyncTimeout::timeoutExpired",
     "timeout handler runs on the thread of its EventBase"},
    {LoopCodeRule::Overrides, "folly::EventBase::LoopCallback::runLoopCallback",
     "loop callback runs on the thread of its EventBase"},
};

const SinkRule Sinks[] = {
    {.Callee = "folly::EventBase::loop",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = RunInLoopInstead},
    {.Callee = "folly::EventBase::loopOnce",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = RunInLoopInstead},
    {.Callee = "folly::EventBase::loopForever",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = RunInLoopInstead},
    {.Callee = "folly::EventBase::loopIgnoreKeepAlive",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = RunInLoopInstead},
    {.Callee = "folly::Future::get",
     .Kind = SinkKind::Blocking,
     .Alternative = ThenInstead,
     .WaitsForFuture = true},
    {.Callee = "folly::Future::wait",
     .Kind = SinkKind::Blocking,
     .Alternative = ThenInstead,
     .WaitsForFuture = true},
    {.Callee = "folly::SemiFuture::get",
     .Kind = SinkKind::Blocking,
     .Alternative = ThenInstead,
     .WaitsForFuture = true},
    {.Callee = "folly::SemiFuture::wait",
     .Kind = SinkKind::Blocking,
     .Alternative = ThenInstead,
     .WaitsForFuture = true},
    {.Callee = "folly::Baton::wait", .Kind = SinkKind::Blocking},
    {.Callee = "folly::Baton::try_wait_for", .Kind = SinkKind::Blocking},
    {.Callee = "folly::Baton::try_wait_until", .Kind = SinkKind::Blocking},
    // folly::coro::blockingWait is a reference to a function object in
    // current folly, a function template in older releases.
    {.Callee = "folly::coro::blocking_wait_fn::operator()",
     .Kind = SinkKind::Blocking,
     .Alternative = "'co_await' in a coroutine started on the EventBase"},
    {.Callee = "folly::coro::blockingWait",
     .Kind = SinkKind::Blocking,
     .Alternative = "'co_await' in a coroutine started on the EventBase"},
};

constexpr llvm::StringRef PoolTypes =
    "folly::CPUThreadPoolExecutor,folly::IOThreadPoolExecutor";

const OffloadRule Offloads[] = {
    {.Callee = "folly::CPUThreadPoolExecutor::add"},
    {.Callee = "folly::IOThreadPoolExecutor::add"},
    // Only when the executor is a pool (a KeepAlive hides its type).
    {.Callee = "folly::via", .GuardOperand = 0, .GuardType = PoolTypes},
};

const CallableWrapperRule Wrappers[] = {
    {"folly::Function::Function", 0},
};

} // namespace

extern const FrameworkModel FollyModel;
const FrameworkModel FollyModel{
    .Name = "folly",
    .LoopLabel = "folly",
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .LoopCode = LoopCode,
    .Sinks = Sinks,
    .Offloads = Offloads,
    .CallableWrappers = Wrappers,
};

} // namespace clang::tidy::eventloop
