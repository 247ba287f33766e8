//===--- LibevModel.cpp - libev and its C++ wrapper ev++ ------------------===//
//
// In C, libev registers a callback with the ev_init / ev_TYPE_init /
// ev_set_cb macros, which expand to an assignment to the watcher's `cb`
// field: a field registration, with the watcher as loop operand, bound to
// its loop by ev_TYPE_start. Also modeled: the loop runs and sleeps, the
// loops, and ev++'s `watcher.set(&obj)`, which makes obj's operator() the
// callback.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

// A local ev::dynamic_loop is a loop of its own; ev::loop_ref and
// ev::default_loop only refer to one.
const llvm::StringRef LoopTypes[] = {"ev_loop", "ev::dynamic_loop"};

const FieldRegistrationRule FieldRegistrations[] = {
    {.Record = "ev_*", .Field = "cb", .Api = "ev_init", .LoopParameter = 0},
};

const RegistrationRule Registrations[] = {
    // ev++: `template <class K> void set(K *object)` calls object's
    // operator(); the other set overloads take the callback as a template
    // argument, which no operand shows.
    {.Callee = "ev::base::set", .Callback = 0, .LoopOperand = ObjectOperand},
};

constexpr llvm::StringRef RunRule =
    "libev allows a nested ev_run, but the callback then returns only after "
    "an ev_break, and timers may fire out of order";
constexpr llvm::StringRef ContinueInstead =
    "a watcher ('ev_idle', 'ev_timer') that continues the work in a later "
    "callback";

const SinkRule Sinks[] = {
    {.Callee = "::ev_run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    // EV_COMPAT3 name of ev_run.
    {.Callee = "::ev_loop",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    {.Callee = "ev::loop_ref::run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    {.Callee = "ev::loop_ref::loop",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    {.Callee = "::ev_sleep",
     .Kind = SinkKind::Blocking,
     .Alternative = "an 'ev_timer' watcher",
     .Sleeps = true},
    {.Callee = "ev::delay",
     .Kind = SinkKind::Blocking,
     .Alternative = "an 'ev::timer' watcher",
     .Sleeps = true},
};

// ev_TYPE_start(loop, watcher) puts the watcher on that loop.
const HandleBindingRule HandleBindings[] = {
    {"::ev_*_start", 0, 1},
};

const LoopFactoryRule LoopFactories[] = {{"::ev_loop_new"}};

// Every name of libev's one default loop; EV_DEFAULT_UC expands to
// ev_default_loop_uc_(), which returns it without initialising it.
const DefaultLoopRule DefaultLoops[] = {
    {"::ev_default_loop", "libev default loop"},
    {"::ev_default_loop_uc_", "libev default loop"},
    {"ev::get_default_loop", "libev default loop"}};

} // namespace

extern const FrameworkModel LibevModel;
const FrameworkModel LibevModel{
    .Name = "Libev",
    .LoopLabel = "libev",
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .FieldRegistrations = FieldRegistrations,
    .Sinks = Sinks,
    .HandleBindings = HandleBindings,
    .LoopFactories = LoopFactories,
    .DefaultLoops = DefaultLoops,
};

} // namespace clang::tidy::eventloop
