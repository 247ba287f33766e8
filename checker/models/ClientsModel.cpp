//===--- ClientsModel.cpp - Synchronous network clients
//--------------------===//
//
// Client libraries that are not event loops but whose requests block the
// calling thread until the server answers: cpp-httplib's clients and
// libcurl's easy interface. They belong to no loop, so their label is the
// generic one; the loop named in a message is the one that runs the caller.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

// cpp-httplib: every request connects, sends and reads the whole response
// before it returns. SSLClient inherits its requests from ClientImpl, and
// Client forwards to a ClientImpl, so "Client*" covers all three classes.
constexpr llvm::StringRef HttplibInstead =
    "an asynchronous HTTP client driven by the event loop";

const SinkRule Sinks[] = {
    {.Callee = "httplib::Client*::Get",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::Head",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::Post",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::Put",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::Patch",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::Delete",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::Options",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    {.Callee = "httplib::Client*::send",
     .Kind = SinkKind::Blocking,
     .Alternative = HttplibInstead},
    // libcurl: an easy handle performs the whole transfer before returning;
    // the multi interface waits in curl_multi_wait / curl_multi_poll.
    {.Callee = "::curl_easy_perform",
     .Kind = SinkKind::Blocking,
     .Alternative = "'curl_multi_socket_action' driven by the event loop"},
    {.Callee = "::curl_multi_wait",
     .Kind = SinkKind::Blocking,
     .Alternative = "'curl_multi_socket_action' driven by the event loop"},
    {.Callee = "::curl_multi_poll",
     .Kind = SinkKind::Blocking,
     .Alternative = "'curl_multi_socket_action' driven by the event loop"},
};

// Constructing a cpp-httplib client only stores the host and port: it
// connects on the first request.
const SyncClientRule Clients[] = {
    {.Type = "httplib::Client", .ConstructorBlocks = false},
    {.Type = "httplib::SSLClient", .ConstructorBlocks = false},
};

} // namespace

extern const FrameworkModel ClientsModel;
const FrameworkModel ClientsModel{
    .Name = "synchronous clients",
    .LoopLabel = "event",
    .Sinks = Sinks,
    .SyncClients = Clients,
};

} // namespace clang::tidy::eventloop
