//===--- WebsocketppModel.cpp - websocketpp on asio -----------------------===//
//
// websocketpp's endpoints (websocketpp::server<config>, client<config>) keep
// the handlers given to set_*_handler and call them from the asio loop that
// the endpoint's run() runs; connections do the same for their own
// handlers, and set_timer's callback runs on that loop too. The library is
// header-only: its own code is library code even when included with -I.
//
//===----------------------------------------------------------------------===//

#include "Model.h"

namespace clang::tidy::eventloop {

namespace {

constexpr llvm::StringRef RunRule =
    "the endpoint's run() runs its io_service, which asio forbids from a "
    "thread that is already running it";
constexpr llvm::StringRef PostInstead =
    "posting the rest of the work to the endpoint's io_service";

// The endpoint types users declare; their run() is the loop.
const llvm::StringRef LoopTypes[] = {
    "websocketpp::server", "websocketpp::client", "websocketpp::endpoint",
    "websocketpp::transport::asio::endpoint"};

const llvm::StringRef LibraryNamespaces[] = {"::websocketpp"};

const RegistrationRule Registrations[] = {
    // endpoint::set_open_handler, set_message_handler, set_http_handler,
    // ... and the transport's set_tcp_*_handler; the same on a connection.
    {.Callee = "websocketpp::**::set_*_handler", .LoopOperand = ObjectOperand},
    {.Callee = "websocketpp::**::set_timer", .LoopOperand = ObjectOperand},
};

const SinkRule Sinks[] = {
    {.Callee = "websocketpp::transport::asio::endpoint::run",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "websocketpp::transport::asio::endpoint::run_one",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "websocketpp::transport::asio::endpoint::poll",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
    {.Callee = "websocketpp::transport::asio::endpoint::poll_one",
     .Kind = SinkKind::LoopRun,
     .LoopOperand = ObjectOperand,
     .Rule = RunRule,
     .Alternative = PostInstead},
};

} // namespace

extern const FrameworkModel WebsocketppModel;
const FrameworkModel WebsocketppModel{
    .Name = "websocketpp",
    .LoopLabel = "websocketpp",
    .LibraryNamespaces = LibraryNamespaces,
    .LoopTypes = LoopTypes,
    .Registrations = Registrations,
    .Sinks = Sinks,
};

} // namespace clang::tidy::eventloop
