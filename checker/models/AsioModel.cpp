//===--- AsioModel.cpp - Boost.Asio and standalone asio (and Beast) -------===//
//
// Patterns start at "asio::" so that they cover boost::asio and standalone
// asio alike. Handlers run on the executor of the object that starts the
// operation; a coroutine (awaitable) or a stackful coroutine (yield_context)
// runs on the executor it was spawned on.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr llvm::StringRef RunRule =
    "asio forbids running an io_context from a thread that is already "
    "running it";
constexpr llvm::StringRef PostInstead =
    "posting the rest of the work back to the io_context";

const llvm::StringRef LoopTypes[] = {"asio::io_context", "asio::io_service"};

const llvm::StringRef LibraryNamespaces[] = {"::asio", "::boost::asio",
                                             "::boost::beast"};

const RegistrationRule Registrations[] = {
    {.Callee = "asio::post", .LoopOperand = 0},
    {.Callee = "asio::dispatch", .LoopOperand = 0},
    {.Callee = "asio::defer", .LoopOperand = 0},
    {.Callee = "asio::io_context::post", .LoopOperand = ObjectOperand},
    {.Callee = "asio::io_context::dispatch", .LoopOperand = ObjectOperand},
    {.Callee = "asio::io_context::strand::post", .LoopOperand = ObjectOperand},
    {.Callee = "asio::io_context::strand::dispatch",
     .LoopOperand = ObjectOperand},
    {.Callee = "asio::co_spawn", .Callback = EveryCallable, .LoopOperand = 0},
    {.Callee = "asio::spawn", .Callback = EveryCallable, .LoopOperand = 0},
    // Initiating functions: the completion handler is the last callable.
    {.Callee = "asio::async_*", .LoopOperand = 0},
    {.Callee = "asio::**::async_*", .LoopOperand = ObjectOperand},
    {.Callee = "beast::**::async_*", .LoopOperand = 0},
};

const LoopCodeRule LoopCode[] = {
    {LoopCodeRule::ReturnsType, "asio::awaitable",
     "coroutine runs on the asio executor"},
    {LoopCodeRule::TakesType, "asio::basic_yield_context",
     "stackful coroutine runs on the asio executor"},
};

const SinkRule Sinks[] = {
    {.Callee = "asio::io_context::run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "asio::io_context::run_one",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "asio::io_context::run_for",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "asio::io_context::run_until",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "asio::io_context::poll",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "asio::io_context::poll_one",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "asio::io_service::run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    // Synchronous I/O: the same operations without a completion handler.
    // On an object put into non_blocking(true) mode they fail with
    // would_block instead of waiting (the reactor style of asio's
    // nonblocking example), so they are not blocking there.
    {.Callee = "asio::read",
     .Kind = SinkKind::Blocking,
     .Alternative = "'asio::async_read' with a completion handler",
     .UnlessMode = "non_blocking",
     .ModeOperand = 0},
    {.Callee = "asio::read_at",
     .Kind = SinkKind::Blocking,
     .Alternative = "'asio::async_read_at' with a completion handler"},
    {.Callee = "asio::read_until",
     .Kind = SinkKind::Blocking,
     .Alternative = "'asio::async_read_until' with a completion handler"},
    {.Callee = "asio::write",
     .Kind = SinkKind::Blocking,
     .Alternative = "'asio::async_write' with a completion handler",
     .UnlessMode = "non_blocking",
     .ModeOperand = 0},
    {.Callee = "asio::write_at",
     .Kind = SinkKind::Blocking,
     .Alternative = "'asio::async_write_at' with a completion handler"},
    {.Callee = "asio::connect",
     .Kind = SinkKind::Blocking,
     .Alternative = "'asio::async_connect' with a completion handler"},
    {.Callee = "asio::**::read_some",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_read_some' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::**::write_some",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_write_some' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::**::receive",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_receive' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::**::receive_from",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_receive_from' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::**::send",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_send' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::**::send_to",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_send_to' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::basic_socket::connect",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_connect' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::basic_socket_acceptor::accept",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_accept' with a completion handler",
     .UnlessMode = "non_blocking"},
    {.Callee = "asio::**::resolve",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_resolve' with a completion handler"},
    {.Callee = "asio::basic_waitable_timer::wait",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_wait' with a completion handler"},
    {.Callee = "asio::basic_deadline_timer::wait",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_wait' with a completion handler"},
    {.Callee = "asio::basic_socket::wait",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_wait' with a completion handler"},
    {.Callee = "asio::ssl::stream::handshake",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_handshake' with a completion handler"},
    {.Callee = "asio::ssl::stream::shutdown",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_shutdown' with a completion handler"},
    {.Callee = "asio::thread_pool::join", .Kind = SinkKind::Blocking},
    {.Callee = "asio::thread_pool::wait", .Kind = SinkKind::Blocking},
    {.Callee = "beast::http::read",
     .Kind = SinkKind::Blocking,
     .Alternative = "'beast::http::async_read' with a completion handler"},
    {.Callee = "beast::http::read_header",
     .Kind = SinkKind::Blocking,
     .Alternative =
         "'beast::http::async_read_header' with a completion handler"},
    {.Callee = "beast::http::write",
     .Kind = SinkKind::Blocking,
     .Alternative = "'beast::http::async_write' with a completion handler"},
    {.Callee = "beast::websocket::stream::read",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_read' with a completion handler"},
    {.Callee = "beast::websocket::stream::write",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_write' with a completion handler"},
    {.Callee = "beast::websocket::stream::handshake",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_handshake' with a completion handler"},
    {.Callee = "beast::websocket::stream::accept",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_accept' with a completion handler"},
    {.Callee = "beast::basic_stream::connect",
     .Kind = SinkKind::Blocking,
     .Alternative = "'async_connect' with a completion handler"},
};

// Work posted to a thread pool runs on the pool's threads.
constexpr llvm::StringRef PoolTypes =
    "asio::thread_pool,asio::thread_pool::basic_executor_type";

const OffloadRule Offloads[] = {
    {.Callee = "asio::post", .GuardOperand = 0, .GuardType = PoolTypes},
    {.Callee = "asio::dispatch", .GuardOperand = 0, .GuardType = PoolTypes},
    {.Callee = "asio::defer", .GuardOperand = 0, .GuardType = PoolTypes},
    {.Callee = "asio::bind_executor",
     .GuardOperand = 0,
     .GuardType = PoolTypes},
    {.Callee = "asio::co_spawn", .GuardOperand = 0, .GuardType = PoolTypes},
};

// A strand made on an io_context or executor runs its handlers there.
const HandleBindingRule HandleBindings[] = {
    {.Callee = "asio::make_strand",
     .LoopOperand = 0,
     .HandleOperand = ReturnValue},
};

// Members that return what their object runs on: the same loop.
const LoopAccessorRule LoopAccessors[] = {
    {"asio::**::get_executor", ObjectOperand},
    {"asio::**::context", ObjectOperand},
    {"asio::**::get_io_context", ObjectOperand},
    {"asio::**::get_io_service", ObjectOperand},
    {"asio::**::get_inner_executor", ObjectOperand},
};

const CallableWrapperRule Wrappers[] = {
    {"asio::bind_executor", 1},
    {"asio::bind_allocator", 1},
    {"asio::bind_cancellation_slot", 1},
    {"asio::io_context::strand::wrap", 0},
    {"asio::io_context::wrap", 0},
    {"asio::redirect_error", 0},
    {"asio::experimental::as_tuple", 0},
    {"asio::as_tuple", 0},
    // `use_future(f)` makes a completion token that runs f; it calls nothing.
    {"asio::use_future_t::operator()", 0},
};

} // namespace

extern const FrameworkModel AsioModel;
const FrameworkModel AsioModel{
    .Name = "asio",
    .LoopLabel = "asio",
    .LibraryNamespaces = LibraryNamespaces,
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .LoopAccessors = LoopAccessors,
    .LoopCode = LoopCode,
    .Sinks = Sinks,
    .Offloads = Offloads,
    .HandleBindings = HandleBindings,
    .CallableWrappers = Wrappers,
};

} // namespace clang::tidy::eventloop
