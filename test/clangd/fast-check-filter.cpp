// clangd runs only the clang-tidy checks it has measured as fast unless
// .clangd says otherwise: the eventloop checks are unknown to it, so with
// the default FastCheckFilter (Strict) they are enabled but never run.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/handler.cpp
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "Checks: '-*,eventloop-*'" > %t/.clang-tidy
// RUN: %lsp_client --file %t/handler.cpp | FileCheck %s --check-prefix=STRICT
// STRICT: published 0 diagnostics for handler.cpp
// RUN: echo "{Diagnostics: {ClangTidy: {FastCheckFilter: None}}}" > %t/.clangd
// RUN: %lsp_client --file %t/handler.cpp | FileCheck %s --check-prefix=NONE
// NONE: published 1 diagnostics for handler.cpp
// NONE-NEXT: diagnostic {{.*}} warning eventloop-reentrant-run (clang-tidy)
// NONE-NEXT: message: Callback re-enters its own asio loop 'io' through 'io_context::run'

#include <boost/asio.hpp>

int main() {
  boost::asio::io_context io;
  boost::asio::post(io, [&] { io.run(); });
  io.run();
}
