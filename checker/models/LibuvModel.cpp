//===--- LibuvModel.cpp - libuv -------------------------------------------===//
//
// libuv declares every callback parameter with a uv_*_cb typedef, so the
// registrations take those operands by type. The exception among the
// registrations is uv_queue_work's uv_work_cb, which runs on the thread pool:
// an offload rule names it. Handles are bound to their loop by
// uv_*_init(loop, handle); registrations that name the handle (operand 0,
// or operand 1 for requests made on a handle) find the loop through it.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr RegistrationRule onLoop(llvm::StringRef Callee, int Loop = 0) {
  return {.Callee = Callee,
          .Callback = EveryCallable,
          .CallbackType = "uv_*_cb",
          .LoopOperand = Loop};
}

/// A handle operation: the callback receives the handle (operand \p Handle)
/// as its parameter 0, and `handle->loop` is the handle's loop.
constexpr RegistrationRule onHandle(llvm::StringRef Callee, int Handle = 0) {
  RegistrationRule R = onLoop(Callee, Handle);
  R.PassedOperand = Handle;
  R.PassedParameter = 0;
  return R;
}

const llvm::StringRef LoopTypes[] = {"uv_loop_s"};

// Every handle and request records the loop it was made on.
const LoopFieldRule LoopFields[] = {{"uv_*_s", "loop"}};
const LoopAccessorRule LoopAccessors[] = {{"::uv_handle_get_loop"},
                                          {"::uv_req_get_loop"}};

// Listed by name, not as "::uv_*": a matched registration is not looked up
// as a sink, so a catch-all pattern would hide uv_run and uv_sleep.
const RegistrationRule Registrations[] = {
    // Handle operations: operand 0 is the handle.
    onHandle("::uv_timer_start"),
    onHandle("::uv_idle_start"),
    onHandle("::uv_prepare_start"),
    onHandle("::uv_check_start"),
    onHandle("::uv_poll_start"),
    onHandle("::uv_signal_start"),
    onHandle("::uv_signal_start_oneshot"),
    onHandle("::uv_read_start"),
    onHandle("::uv_udp_recv_start"),
    onHandle("::uv_listen"),
    onHandle("::uv_close"),
    onHandle("::uv_tcp_close_reset"),
    // uv_async_init(loop, handle, cb) also binds the handle (below).
    {.Callee = "::uv_async_init",
     .Callback = EveryCallable,
     .CallbackType = "uv_*_cb",
     .LoopOperand = 0,
     .PassedOperand = 1,
     .PassedParameter = 0},
    // Requests on a handle: (req, handle, ..., cb).
    onLoop("::uv_write", 1),
    onLoop("::uv_write2", 1),
    onLoop("::uv_shutdown", 1),
    onLoop("::uv_tcp_connect", 1),
    onLoop("::uv_pipe_connect", 1),
    onLoop("::uv_pipe_connect2", 1),
    onLoop("::uv_udp_send", 1),
    // Requests on a loop: (loop, req, ..., cb). uv_fs_event_start and
    // uv_fs_poll_start, also caught by "uv_fs_*", take the handle first.
    onLoop("::uv_fs_*"),
    onLoop("::uv_getaddrinfo"),
    onLoop("::uv_getnameinfo"),
    onLoop("::uv_random"),
    // Only the uv_after_work_cb: the uv_work_cb (operand 2) is offloaded.
    onLoop("::uv_queue_work"),
};

constexpr llvm::StringRef RunRule =
    "uv_run is not reentrant and must not be called from a callback";

const SinkRule Sinks[] = {
    {.Callee = "::uv_run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = RunRule,
     .Alternative = "a timer or idle handle on the same loop for the rest of "
                    "the work"},
    {.Callee = "::uv_sleep",
     .Kind = SinkKind::Blocking,
     .Alternative = "a 'uv_timer_start' timer",
     .Sleeps = true},
    // Threads and their synchronisation: waits of the calling thread.
    {.Callee = "::uv_thread_join", .Kind = SinkKind::Blocking},
    {.Callee = "::uv_sem_wait", .Kind = SinkKind::Blocking},
    {.Callee = "::uv_cond_wait", .Kind = SinkKind::Blocking},
    {.Callee = "::uv_cond_timedwait", .Kind = SinkKind::Blocking},
    {.Callee = "::uv_barrier_wait", .Kind = SinkKind::Blocking},
    // Requests given no callback run synchronously on the calling thread.
    {.Callee = "::uv_fs_*",
     .Kind = SinkKind::Blocking,
     .Alternative = "the same request with a callback",
     .OnlyIfNull = LastArgument},
    {.Callee = "::uv_getaddrinfo",
     .Kind = SinkKind::Blocking,
     .Alternative = "the same request with a callback",
     .OnlyIfNull = 2},
    {.Callee = "::uv_getnameinfo",
     .Kind = SinkKind::Blocking,
     .Alternative = "the same request with a callback",
     .OnlyIfNull = 2},
    {.Callee = "::uv_random",
     .Kind = SinkKind::Blocking,
     .Alternative = "the same request with a callback",
     .OnlyIfNull = LastArgument},
};

const OffloadRule Offloads[] = {
    // The work callback runs on the thread pool, also when the after-work
    // callback is NULL.
    {.Callee = "::uv_queue_work", .Callable = 2},
    {.Callee = "::uv_thread_create", .Callable = 1},
    {.Callee = "::uv_thread_create_ex", .Callable = 2},
};

const HandleBindingRule HandleBindings[] = {
    {"::uv_timer_init", 0, 1},
    {"::uv_idle_init", 0, 1},
    {"::uv_prepare_init", 0, 1},
    {"::uv_check_init", 0, 1},
    {"::uv_async_init", 0, 1},
    {"::uv_tcp_init", 0, 1},
    {"::uv_tcp_init_ex", 0, 1},
    {"::uv_udp_init", 0, 1},
    {"::uv_udp_init_ex", 0, 1},
    {"::uv_pipe_init", 0, 1},
    {"::uv_tty_init", 0, 1},
    {"::uv_poll_init", 0, 1},
    {"::uv_poll_init_socket", 0, 1},
    {"::uv_signal_init", 0, 1},
    {"::uv_fs_event_init", 0, 1},
    {"::uv_fs_poll_init", 0, 1},
    {"::uv_spawn", 0, 1},
};

const LoopFactoryRule LoopFactories[] = {{"::uv_loop_new"}};

const DefaultLoopRule DefaultLoops[] = {{"::uv_default_loop"}};

// uv_ (public) and uv__ (internal).
const llvm::StringRef LibraryPrefixes[] = {"uv_"};

} // namespace

extern const FrameworkModel LibuvModel;
const FrameworkModel LibuvModel{
    .Name = "Libuv",
    .LoopLabel = "libuv",
    .LibraryPrefixes = LibraryPrefixes,
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .LoopFields = LoopFields,
    .LoopAccessors = LoopAccessors,
    .Sinks = Sinks,
    .Offloads = Offloads,
    .HandleBindings = HandleBindings,
    .LoopFactories = LoopFactories,
    .DefaultLoops = DefaultLoops,
};

} // namespace clang::tidy::eventloop
