// clangd builds the headers at the top of a file (its preamble) without
// function bodies, so a path through a helper defined in such a header is
// invisible to eventloop-clangd; eventloop-tidy reports it (the first
// RUN). Marking the helper in its declaration, which the preamble keeps,
// brings the warning back in the editor.
// RUN: rm -rf %t && split-file %s %t
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "Checks: '-*,eventloop-*'" > %t/.clang-tidy
// RUN: echo "{Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}}" > %t/.clangd
// RUN: %eventloop_tidy %t/main.cpp -- -std=c++20 2>&1 | FileCheck %s --check-prefix=TIDY
// RUN: %lsp_client --file %t/main.cpp | FileCheck %s
//
// (Lines are those of the files split-file writes.)
// TIDY: main.cpp:6:34: warning: callback blocks its asio loop until the private loop 'request' run by 'io_context::run' returns
// TIDY: net.h:9:11: note: 'fetch' runs the event loop here
// TIDY: main.cpp:7:34: warning: callback blocks its asio loop until the loop run by 'fetchMarked' returns
//
// In the editor only the call of the marked helper is reported.
// CHECK: published 1 diagnostics for main.cpp
// CHECK-NEXT: diagnostic 7:34-7:50 warning eventloop-reentrant-run (clang-tidy)
// CHECK-NEXT: message: Callback blocks its asio loop until the loop run by 'fetchMarked' returns; consider running it on another thread (fix available)
// CHECK-NEXT: related main.cpp:7:16: Callback registered with 'boost::asio::post' here

//--- net.h
#pragma once
#include <boost/asio.hpp>
#include <string>

inline std::string fetch(const std::string &url) {
  boost::asio::io_context request;
  std::string body;
  boost::asio::post(request, [&] { body = url; });
  request.run();
  return body;
}

[[clang::annotate("eventloop::runs_loop")]]
inline std::string fetchMarked(const std::string &url) {
  boost::asio::io_context request;
  std::string body;
  boost::asio::post(request, [&] { body = url; });
  request.run();
  return body;
}

//--- main.cpp
#include "net.h"

static void use(const std::string &) {}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { use(fetch("a")); });
  boost::asio::post(io, [] { use(fetchMarked("b")); });
}
