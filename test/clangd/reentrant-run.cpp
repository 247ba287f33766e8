// eventloop-clangd in an editor session: an asio handler runs the loop of a
// private io_context through a helper. The warning arrives over LSP with its
// code and source, its path notes as related information, and the offload
// rewrite as a quick fix. Checks enabled by .clang-tidy, as for clang-tidy;
// .clangd lets checks of unknown latency run (FastCheckFilter).
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/handler.cpp
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "Checks: '-*,eventloop-*'" > %t/.clang-tidy
// RUN: echo "{Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}}" > %t/.clangd
// RUN: %lsp_client --file %t/handler.cpp | FileCheck %s

#include <boost/asio.hpp>
#include <string>

namespace asio = boost::asio;

// Runs a private loop to finish one request.
static std::string fetch(const std::string &url) {
  asio::io_context request;
  std::string body;
  asio::post(request, [&] { body = "reply from " + url; });
  request.run();
  return body;
}

static void use(const std::string &) {}

void serve(asio::io_context &io) {
  asio::post(io, [] { use(fetch("http://example.com")); });
}

// CHECK: published 1 diagnostics for handler.cpp
// CHECK-NEXT: diagnostic 30:27-30:54 warning eventloop-reentrant-run (clang-tidy)
// clangd capitalizes messages and says when a fix exists.
// CHECK-NEXT: message: Callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread (fix available)
// CHECK-NEXT: related handler.cpp:23:11: 'fetch' runs the event loop here
// CHECK-NEXT: related handler.cpp:30:9: Callback registered with 'boost::asio::post' here
// CHECK-NEXT: action quickfix: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread
// CHECK-NEXT: fixes this diagnostic
// CHECK-DAG: edit handler.cpp:30:27-30:54: "std::async(std::launch::async, [&] { return fetch(\"http://example.com\"); }).get()"
// CHECK-DAG: edit handler.cpp:14:1-14:1: "#include <future>\n"
