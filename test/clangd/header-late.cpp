// A helper defined in a header included after the first declaration (so not
// in clangd's preamble: its body is parsed) must be seen as in eventloop-tidy.
// clangd limits the AST's traversal scope to the main file's top-level
// declarations; CallGraph::build walks the translation unit's declarations
// itself, so the helper is still seen.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "Checks: '-*,eventloop-*'" > %t/.clang-tidy
// RUN: echo "{Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}}" > %t/.clangd
// RUN: %lsp_client --file %t/main.cpp | FileCheck %s
//
// CHECK: published 1 diagnostics for main.cpp
// CHECK-NEXT: diagnostic 7:34-7:48 warning eventloop-reentrant-run (clang-tidy)
// CHECK-NEXT: message: Callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns; consider running it on another thread (fix available)
// CHECK-NEXT: related late.h:5:11: 'fetchLate' runs the event loop here
// CHECK-NEXT: related main.cpp:7:16: Callback registered with 'boost::asio::post' here

//--- late.h
#pragma once
inline std::string fetchLate(const std::string &url) {
  boost::asio::io_context request;
  boost::asio::post(request, [] {});
  request.run();
  return url;
}

//--- main.cpp
#include <boost/asio.hpp>
#include <string>
static void use(const std::string &) {}
#include "late.h"

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { use(fetchLate("b")); });
}
