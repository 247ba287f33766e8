// A project helper in a header at the top of the file runs its callable on
// another thread. eventloop-tidy sees its body and reports nothing; clangd
// parses that header without function bodies. A callee whose body was
// skipped is unknown to the analysis, not library code that may call the
// callable: no warning (and no fix-it that would offload twice).
// RUN: rm -rf %t && split-file %s %t
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "Checks: '-*,eventloop-*'" > %t/.clang-tidy
// RUN: echo "{Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}}" > %t/.clangd
// RUN: %eventloop_tidy %t/main.cpp -- -std=c++20 2>&1 | FileCheck %s --check-prefix=TIDY --allow-empty
// TIDY-NOT: warning:
// RUN: %lsp_client --file %t/main.cpp | FileCheck %s
// CHECK: published 0 diagnostics for main.cpp

//--- offload.h
#pragma once
#include <future>

inline void onWorker(void (*f)()) {
  std::async(std::launch::async, f).get();
}

//--- main.cpp
#include "offload.h"
#include <boost/asio.hpp>

static void runPrivate() {
  boost::asio::io_context p;
  p.run();
}

void serve(boost::asio::io_context &io) {
  boost::asio::post(io, [] { onWorker(runPrivate); });
}
