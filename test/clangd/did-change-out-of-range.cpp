// A didChange whose range lies outside the document (a client out of step
// with the server) makes clangd forget the document until the editor opens it
// again: clangd 22's ClangdLSPServer::onDocumentDidChange removes the draft
// rather than guess ("better to remove the draft and let further operations
// fail rather than giving wrong results"). A didChange is a notification, so
// there is no reply to reject it with. This pins that behaviour, the same in
// Debian's clangd-22 (second run), and the recovery docs/clangd.md gives:
// after didClose and didOpen the warning and its quick fix are back.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/handler.cpp
// RUN: echo -std=c++20 > %t/compile_flags.txt
// RUN: echo "Checks: '-*,eventloop-*'" > %t/.clang-tidy
// RUN: echo "{Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}}" > %t/.clangd
// RUN: %lsp_client --file %t/handler.cpp --log %t/ours.log \
// RUN:   --then 'change=1000:1-1000:1=int x;' --then symbols --then actions \
// RUN:   --then change-all --then symbols --then reopen --then symbols \
// RUN:   | FileCheck %s
// RUN: FileCheck %s --check-prefix=LOG --input-file %t/ours.log
// RUN: %if stock-clangd %{ %lsp_client_stock --file %t/handler.cpp --log %t/stock.log \
// RUN:   --then 'change=1000:1-1000:1=int x;' --then symbols --then actions \
// RUN:   --then change-all --then symbols --then reopen --then symbols \
// RUN:   | FileCheck %s --check-prefix=STOCK %}
// RUN: %if stock-clangd %{ FileCheck %s --check-prefix=LOG --input-file %t/stock.log %}

#include <boost/asio.hpp>
#include <string>

namespace asio = boost::asio;

static std::string fetch(const std::string &url) {
  asio::io_context request;
  std::string body;
  asio::post(request, [&] { body = "reply from " + url; });
  request.run();
  return body;
}

void serve(asio::io_context &io) {
  asio::post(io, [] { fetch("http://example.com"); });
}

// CHECK: published 1 diagnostics for handler.cpp
// CHECK-NEXT: diagnostic 39:23-39:50 warning eventloop-reentrant-run (clang-tidy)
// CHECK: action quickfix: callback blocks its asio loop
//
// The bad edit: nothing is published (the editor keeps showing the old
// warning), and every request for the file fails from then on.
// CHECK: step didChange version 2 1000:1-1000:1: "int x;"
// CHECK-NEXT: step documentSymbol: error -32602: trying to get AST for non-added document
// CHECK-NEXT: step codeAction
// CHECK-NEXT: for diagnostic 39:23-39:50 eventloop-reentrant-run
// CHECK-NEXT: codeAction: error -32602: trying to get AST for non-added document
//
// Even the whole text in a didChange is ignored: there is no draft to change.
// CHECK-NEXT: step didChange version 3, the whole document
// CHECK-NEXT: step documentSymbol: error -32602: trying to get AST for non-added document
//
// Closing and opening the file again brings it back.
// CHECK-NEXT: step didClose, didOpen version 4
// CHECK-NEXT: published 0 diagnostics for handler.cpp
// CHECK-NEXT: published 1 diagnostics for handler.cpp
// CHECK-NEXT: diagnostic 39:23-39:50 warning eventloop-reentrant-run (clang-tidy)
// CHECK: action quickfix: callback blocks its asio loop
// CHECK: step documentSymbol: asio, fetch, serve

// Debian's clangd-22, without the eventloop checks: the same steps, the same
// answers.
// STOCK: published 0 diagnostics for handler.cpp
// STOCK-NEXT: step didChange version 2 1000:1-1000:1: "int x;"
// STOCK-NEXT: step documentSymbol: error -32602: trying to get AST for non-added document
// STOCK-NEXT: step codeAction
// STOCK-NEXT: step didChange version 3, the whole document
// STOCK-NEXT: step documentSymbol: error -32602: trying to get AST for non-added document
// STOCK-NEXT: step didClose, didOpen version 4
// STOCK-NEXT: published 0 diagnostics for handler.cpp
// STOCK-NEXT: published 0 diagnostics for handler.cpp
// STOCK-NEXT: step documentSymbol: asio, fetch, serve

// What the server's log says.
// LOG: E[{{.*}}] Failed to update {{.*}}handler.cpp: Line value is out of range (999)
// LOG: Trying to incrementally change non-added document: {{.*}}handler.cpp
