//===--- LibeventModel.cpp - libevent 2 -----------------------------------===//
//
// Callbacks are handed to an event_base directly (event_new, event_base_once)
// or to an object made on one (a bufferevent, a listener, an evhttp, an
// evdns_base); the object's constructor binds it to its base, so a
// registration on the object finds the loop through it. The evtimer_* and
// evsignal_* macros expand to event_new / event_assign / event_set.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

const llvm::StringRef LoopTypes[] = {"event_base"};

// The user-data operand reaches the callback as a parameter
// (PassedOperand / PassedParameter): a callback that runs the base it was
// given as its argument re-enters its own loop.
const RegistrationRule Registrations[] = {
    {.Callee = "::event_new",
     .Callback = 3,
     .LoopOperand = 0,
     .PassedOperand = 4,
     .PassedParameter = 2},
    {.Callee = "::event_assign",
     .Callback = 4,
     .LoopOperand = 1,
     .PassedOperand = 5,
     .PassedParameter = 2},
    {.Callee = "::event_base_once",
     .Callback = 3,
     .LoopOperand = 0,
     .PassedOperand = 4,
     .PassedParameter = 2},
    // Compat API: the event goes to the current base set by event_init.
    {.Callee = "::event_set",
     .Callback = 3,
     .PassedOperand = 4,
     .PassedParameter = 2},
    {.Callee = "::event_once",
     .Callback = 2,
     .PassedOperand = 3,
     .PassedParameter = 2},
    {.Callee = "::bufferevent_setcb",
     .Callback = EveryCallable,
     .LoopOperand = 0},
    {.Callee = "::evconnlistener_new",
     .Callback = 1,
     .LoopOperand = 0,
     .PassedOperand = 2,
     .PassedParameter = 4},
    {.Callee = "::evconnlistener_new_bind",
     .Callback = 1,
     .LoopOperand = 0,
     .PassedOperand = 2,
     .PassedParameter = 4},
    {.Callee = "::evconnlistener_set_cb",
     .Callback = 1,
     .LoopOperand = 0,
     .PassedOperand = 2,
     .PassedParameter = 4},
    {.Callee = "::evconnlistener_set_error_cb",
     .Callback = 1,
     .LoopOperand = 0},
    {.Callee = "::evhttp_set_cb",
     .Callback = 2,
     .LoopOperand = 0,
     .PassedOperand = 3,
     .PassedParameter = 1},
    {.Callee = "::evhttp_set_gencb",
     .Callback = 1,
     .LoopOperand = 0,
     .PassedOperand = 2,
     .PassedParameter = 1},
    // The reply to a client request; the base is the connection's.
    {.Callee = "::evhttp_request_new", .Callback = 0},
    {.Callee = "::evdns_getaddrinfo",
     .Callback = 4,
     .LoopOperand = 0,
     .PassedOperand = 5,
     .PassedParameter = 2},
    {.Callee = "::evdns_base_resolve_*", .Callback = 3, .LoopOperand = 0},
    {.Callee = "::evdns_resolve_*", .Callback = 2},
};

constexpr llvm::StringRef RunRule =
    "libevent refuses a reentrant event_base_loop: only one loop may run on "
    "an event_base at a time";
constexpr llvm::StringRef ContinueInstead =
    "'event_base_once' or 'event_active' to continue in another callback";

const SinkRule Sinks[] = {
    {.Callee = "::event_base_dispatch",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    {.Callee = "::event_base_loop",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = 0,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    // Compat API: they run the current base, which no operand names.
    {.Callee = "::event_dispatch",
     .Kind = SinkKind::LoopRun,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    {.Callee = "::event_loop",
     .Kind = SinkKind::LoopRun,
     .Rule = RunRule,
     .Alternative = ContinueInstead},
    // util.h: a blocking getaddrinfo; evdns_getaddrinfo is its async form.
    {.Callee = "::evutil_getaddrinfo",
     .Kind = SinkKind::Blocking,
     .Alternative = "'evdns_getaddrinfo' with a callback"},
};

const HandleBindingRule HandleBindings[] = {
    {"::event_new", 0, ReturnValue},
    {"::event_assign", 1, 0},
    {"::event_base_set", 0, 1},
    {"::bufferevent_socket_new", 0, ReturnValue},
    {"::bufferevent_base_set", 0, 1},
    {"::evconnlistener_new", 0, ReturnValue},
    {"::evconnlistener_new_bind", 0, ReturnValue},
    {"::evhttp_new", 0, ReturnValue},
    {"::evdns_base_new", 0, ReturnValue},
};

// The base an event, a bufferevent or a listener was made on.
const LoopAccessorRule LoopAccessors[] = {{"::event_get_base"},
                                          {"::bufferevent_get_base"},
                                          {"::evconnlistener_get_base"}};

// event_init also makes the new base the current one for the compat API.
const LoopFactoryRule LoopFactories[] = {
    {"::event_base_new"}, {"::event_base_new_with_config"}, {"::event_init"}};

// The prefixes of libevent's public and internal functions.
const llvm::StringRef LibraryPrefixes[] = {
    "event_",    "evbuffer_", "bufferevent_",    "evhttp_", "evdns_",
    "evrpc_",    "evutil_",   "evconnlistener_", "evmap_",  "evsig_",
    "evthread_", "evtag_",    "evws_",           "be_",     "ev_token_bucket_"};

} // namespace

extern const FrameworkModel LibeventModel;
const FrameworkModel LibeventModel{
    .Name = "Libevent",
    .LoopLabel = "libevent",
    .LibraryPrefixes = LibraryPrefixes,
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .LoopAccessors = LoopAccessors,
    .Sinks = Sinks,
    .HandleBindings = HandleBindings,
    .LoopFactories = LoopFactories,
};

} // namespace clang::tidy::eventloop
