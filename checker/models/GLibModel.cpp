//===--- GLibModel.cpp - GLib's main loop, GIO and (by name) GTK ----------===//
//
// GLib dispatches sources (idle, timeout, I/O watch, signal handlers, GIO
// completions) from a GMainContext; a GMainLoop is only a "keep iterating
// this context" flag, so the loop identity of a GMainLoop is its context:
// g_main_loop_new binds the loop to its context like a handle, and a new
// context (g_main_context_new) is the private loop.
//
// GLib lets a context be iterated recursively (that is how modal dialogs
// work): a nested run is not an error, but it dispatches the context's other
// sources inside the callback. A NULL context means the default context
// (NullLoop), and so do the registrations that take no context (g_idle_add,
// g_timeout_add, ...).
//
// All patterns are anchored ("::g_...") so that no namespace can match.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr llvm::StringRef NestedRule =
    "GLib lets a context be iterated recursively, but the nested run "
    "dispatches its other sources inside this callback";
constexpr llvm::StringRef ReturnInstead =
    "returning from the callback and continuing in another source "
    "('g_idle_add')";

const llvm::StringRef LoopTypes[] = {"::_GMainContext", "::_GMainLoop"};

// pkg-config includes these with -I: their inline functions are GLib's.
const llvm::StringRef LibraryHeaders[] = {"glib-2.0", "gio-unix-2.0", "gtk-3.0",
                                          "gtk-4.0"};

const RegistrationRule Registrations[] = {
    // Sources on the default context (the context is not an operand).
    {.Callee = "::g_idle_add",
     .Callback = 0,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_idle_add_full",
     .Callback = 1,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_idle_add_once",
     .Callback = 0,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_timeout_add",
     .Callback = 1,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_timeout_add_full",
     .Callback = 2,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_timeout_add_once",
     .Callback = 1,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_timeout_add_seconds",
     .Callback = 1,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_timeout_add_seconds_full",
     .Callback = 2,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_io_add_watch",
     .Callback = 2,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_io_add_watch_full",
     .Callback = 3,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_child_watch_add",
     .Callback = 1,
     .LoopOperand = DefaultLoopOperand},
    {.Callee = "::g_child_watch_add_full",
     .Callback = 2,
     .LoopOperand = DefaultLoopOperand},
    // A source knows its context once g_source_attach binds it.
    {.Callee = "::g_source_set_callback", .Callback = 1, .LoopOperand = 0},
    {.Callee = "::g_main_context_invoke", .Callback = 1, .LoopOperand = 0},
    {.Callee = "::g_main_context_invoke_full", .Callback = 2, .LoopOperand = 0},
    // g_signal_connect, _after and _swapped are macros over this one.
    {.Callee = "::g_signal_connect_data", .Callback = 2},
    {.Callee = "::g_signal_connect_object", .Callback = 2},
    // GIO completions run on the thread-default context of the caller.
    {.Callee = "::g_*_async", .CallbackType = "GAsyncReadyCallback"},
    {.Callee = "::g_task_new", .CallbackType = "GAsyncReadyCallback"},
};

const SinkRule Sinks[] = {
    {.Callee = "::g_main_loop_run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = NestedRule,
     .Alternative = ReturnInstead},
    // With a NULL context this iterates the default context (see above).
    {.Callee = "::g_main_context_iteration",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = NestedRule,
     .Alternative = ReturnInstead,
     .Pumps = true},
    // GTK, by name: no GTK headers are needed to match these.
    {.Callee = "::gtk_main",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = "returning to the running main loop",
     .Gui = true},
    {.Callee = "::gtk_dialog_run",
     .Kind = SinkKind::LoopRun,
     .Loop = LoopOf::Nested,
     .Alternative = "'gtk_window_present' and a handler for the 'response' "
                    "signal",
     .Gui = true,
     .Modal = true},
    // Waits.
    // Microseconds: under a millisecond it is a backoff, not a wait.
    {.Callee = "::g_usleep",
     .Kind = SinkKind::Blocking,
     .Alternative = "a timeout source ('g_timeout_add')",
     .UnlessBelowOperand = 0,
     .UnlessBelow = 1000,
     .Sleeps = true},
    {.Callee = "::g_thread_join", .Kind = SinkKind::Blocking},
    {.Callee = "::g_cond_wait", .Kind = SinkKind::Blocking},
    {.Callee = "::g_cond_wait_until", .Kind = SinkKind::Blocking},
    // The function runs on a worker, but the caller waits for it.
    {.Callee = "::g_task_run_in_thread_sync",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_task_run_in_thread' with a GAsyncReadyCallback"},
    {.Callee = "::g_spawn_sync",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_subprocess_new' and 'g_subprocess_wait_async'"},
    {.Callee = "::g_subprocess_wait",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_subprocess_wait_async'"},
    {.Callee = "::g_subprocess_wait_check",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_subprocess_wait_check_async'"},
    {.Callee = "::g_subprocess_communicate",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_subprocess_communicate_async'"},
    // Synchronous GIO calls that have an _async twin.
    {.Callee = "::g_file_load_contents",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_file_load_contents_async'"},
    {.Callee = "::g_file_read",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_file_read_async'"},
    {.Callee = "::g_file_replace_contents",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_file_replace_contents_async'"},
    {.Callee = "::g_file_query_info",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_file_query_info_async'"},
    {.Callee = "::g_file_copy",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_file_copy_async'"},
    {.Callee = "::g_file_enumerate_children",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_file_enumerate_children_async'"},
    {.Callee = "::g_input_stream_read",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_input_stream_read_async'"},
    {.Callee = "::g_input_stream_read_all",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_input_stream_read_all_async'"},
    {.Callee = "::g_input_stream_read_bytes",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_input_stream_read_bytes_async'"},
    {.Callee = "::g_output_stream_write",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_output_stream_write_async'"},
    {.Callee = "::g_output_stream_write_all",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_output_stream_write_all_async'"},
    {.Callee = "::g_output_stream_splice",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_output_stream_splice_async'"},
    {.Callee = "::g_socket_client_connect",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_socket_client_connect_async'"},
    {.Callee = "::g_socket_client_connect_to_host",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_socket_client_connect_to_host_async'"},
    {.Callee = "::g_socket_client_connect_to_uri",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_socket_client_connect_to_uri_async'"},
    {.Callee = "::g_socket_listener_accept",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_socket_listener_accept_async'"},
    {.Callee = "::g_resolver_lookup_by_name",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_resolver_lookup_by_name_async'"},
    {.Callee = "::g_dbus_connection_call_sync",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_dbus_connection_call' with a GAsyncReadyCallback"},
    {.Callee = "::g_dbus_proxy_call_sync",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_dbus_proxy_call' with a GAsyncReadyCallback"},
    {.Callee = "::g_bus_get_sync",
     .Kind = SinkKind::Blocking,
     .Alternative = "'g_bus_get'"},
};

const OffloadRule Offloads[] = {
    {.Callee = "::g_thread_new", .Callable = 1},
    {.Callee = "::g_thread_try_new", .Callable = 1},
    // The GTaskThreadFunc runs on GIO's worker pool.
    {.Callee = "::g_task_run_in_thread", .Callable = 1},
    {.Callee = "::g_thread_pool_new", .Callable = 0},
    {.Callee = "::g_thread_pool_new_full", .Callable = 0},
};

const HandleBindingRule HandleBindings[] = {
    // A GMainLoop runs the context it was made for.
    {.Callee = "::g_main_loop_new",
     .LoopOperand = 0,
     .HandleOperand = ReturnValue},
    {.Callee = "::g_source_attach", .LoopOperand = 1, .HandleOperand = 0},
};

const LoopFactoryRule LoopFactories[] = {
    {"::g_main_context_new"},
    {"::g_main_context_new_with_flags"},
};

const DefaultLoopRule DefaultLoops[] = {
    {"::g_main_context_default"},
};

} // namespace

extern const FrameworkModel GLibModel;
const FrameworkModel GLibModel{
    .Name = "GLib",
    .LoopLabel = "GLib",
    .NullLoop = "::g_main_context_default",
    .LibraryHeaders = LibraryHeaders,
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .Sinks = Sinks,
    .Offloads = Offloads,
    .HandleBindings = HandleBindings,
    .LoopFactories = LoopFactories,
    .DefaultLoops = DefaultLoops,
};

} // namespace clang::tidy::eventloop
