// The eventloop checks enabled from .clangd alone, like any built-in check
// (Diagnostics: ClangTidy: Add), with no .clang-tidy file: here
// eventloop-blocking-call through a helper, and its path notes.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/timer.cpp
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "{Diagnostics: {ClangTidy: {Add: [eventloop-*], FastCheckFilter: Loose}}}" > %t/.clangd
// RUN: %lsp_client --file %t/timer.cpp | FileCheck %s

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

static void backOff() {
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

void retry(boost::asio::io_context &io) {
  boost::asio::post(io, [] { backOff(); });
}

// CHECK: published 1 diagnostics for timer.cpp
// CHECK-NEXT: diagnostic 19:30-19:37 warning eventloop-blocking-call (clang-tidy)
// CHECK-NEXT: message: Callback blocks its asio loop in 'std::this_thread::sleep_for'
// CHECK-NEXT: related timer.cpp:15:21: 'backOff' blocks here
// CHECK-NEXT: related timer.cpp:19:16: Callback registered with 'boost::asio::post' here
// CHECK-NEXT: related timer.cpp:19:30: Consider a timer of the event loop instead
