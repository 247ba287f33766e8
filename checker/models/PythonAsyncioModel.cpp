//===--- PythonAsyncioModel.cpp - Python's asyncio driven through pybind11 ===//
//
// C++ drives asyncio through pybind11 attribute calls:
// `loop.attr("call_soon")(py::cpp_function(f))`. Every such call resolves to
// pybind11's object_api::operator(), so each rule names that operator and
// the attribute; "module.attr" names match when the object is
// `py::module_::import("module")`, directly or through a variable.
//
// asyncio refuses to start a loop on a thread that is already running one
// ("This event loop is already running", "Cannot run the event loop while
// another loop is running", "asyncio.run() cannot be called from a running
// event loop"), so the cure for a nested run is a worker thread. The worker
// must take the GIL, and the waiting thread must drop it while it waits, or
// the two deadlock: the fix-it templates below do both.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr llvm::StringRef Call = "pybind11::detail::object_api::operator()";

constexpr llvm::StringRef RunRule =
    "asyncio raises 'This event loop is already running'";
constexpr llvm::StringRef AwaitInstead =
    "scheduling the coroutine with 'create_task' and continuing in a done "
    "callback";

// The coroutine runs to completion on a new loop in a worker thread that
// holds the GIL; the callback's thread drops the GIL while it waits. Every
// Python object is created, used and released while its thread holds the
// GIL: the result is moved (no reference count change) out of the worker
// and destroyed by the caller after `release` has taken the GIL back.
constexpr llvm::StringRef RunOnWorker =
    "[&] { pybind11::gil_scoped_release release; return "
    "std::async(std::launch::async, [&] { pybind11::gil_scoped_acquire "
    "acquire; return pybind11::module_::import(\"asyncio\").attr(\"run\")"
    "($arg0); }).get(); }()";
constexpr llvm::StringRef CallOnWorker =
    "[&] { pybind11::gil_scoped_release release; return "
    "std::async(std::launch::async, [&] { pybind11::gil_scoped_acquire "
    "acquire; return $call; }).get(); }()";

const RegistrationRule Registrations[] = {
    {.Callee = Call, .LoopOperand = ObjectOperand, .Attribute = "call_soon"},
    {.Callee = Call,
     .LoopOperand = ObjectOperand,
     .Attribute = "call_soon_threadsafe"},
    {.Callee = Call, .LoopOperand = ObjectOperand, .Attribute = "call_later"},
    {.Callee = Call, .LoopOperand = ObjectOperand, .Attribute = "call_at"},
    {.Callee = Call, .LoopOperand = ObjectOperand, .Attribute = "add_reader"},
    {.Callee = Call, .LoopOperand = ObjectOperand, .Attribute = "add_writer"},
    {.Callee = Call,
     .LoopOperand = ObjectOperand,
     .Attribute = "add_signal_handler"},
    // The object is a future or task, not its loop.
    {.Callee = Call, .Attribute = "add_done_callback"},
};

const SinkRule Sinks[] = {
    {.Callee = Call,
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = AwaitInstead,
     .Attribute = "run_until_complete",
     .DirectOffload = RunOnWorker,
     .PathOffload = CallOnWorker},
    {.Callee = Call,
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = "returning to the running loop",
     .Attribute = "run_forever",
     .PathOffload = CallOnWorker},
    {.Callee = Call,
     .Kind = SinkKind::LoopRun,
     .Rule = RunRule,
     .Alternative = AwaitInstead,
     .Attribute = "asyncio.run",
     .DirectOffload = RunOnWorker,
     .PathOffload = CallOnWorker},
    {.Callee = Call,
     .Kind = SinkKind::Blocking,
     .Alternative = "'asyncio.sleep' awaited in a coroutine, or 'call_later'",
     .Attribute = "time.sleep"},
};

const OffloadRule Offloads[] = {
    {.Callee = Call, .Attribute = "run_in_executor"},
    {.Callee = Call, .Attribute = "asyncio.to_thread"},
};

const CallableWrapperRule Wrappers[] = {
    {"pybind11::cpp_function::cpp_function", 0},
};

// `loop.attr("run_until_complete")` and `py::module_::import("asyncio")`.
const llvm::StringRef AttributeLookups[] = {"pybind11::**::attr"};
const llvm::StringRef ModuleImports[] = {"pybind11::**::import"};

} // namespace

extern const FrameworkModel PythonAsyncioModel;
const FrameworkModel PythonAsyncioModel{
    .Name = "Python asyncio",
    .LoopLabel = "asyncio",
    .Registrations = Registrations,
    .Sinks = Sinks,
    .Offloads = Offloads,
    .CallableWrappers = Wrappers,
    .AttributeLookups = AttributeLookups,
    .ModuleImports = ModuleImports,
};

} // namespace clang::tidy::eventloop
