// A variable initialised with parentheses from an operand in error (here a
// third-party header is missing, so `thirdparty::` is undeclared) keeps its
// initialiser as a ParenListExpr, which has no type. Handing the variable
// on as a callable crashed the analysis (SIGSEGV in resolve ->
// QualType::getNonReferenceType); now it names no callable, and the rest of
// the function is still analysed.
// RUN: not %eventloop_tidy --checks='-*,eventloop-*' --config='{}' %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file %t.out --implicit-check-not='Stack dump' --implicit-check-not='PLEASE submit' --implicit-check-not='warning:'

#include <algorithm>
#include <boost/asio.hpp>
#include <vector>

struct Handler {
  Handler(int, int);
  void operator()() const;
  void operator()(int) const;
};

struct Session {
  explicit Session(boost::asio::io_context &io);
  boost::asio::steady_timer timer;
};

Session::Session(boost::asio::io_context &io)
    : timer(thirdparty::executor(), 1) {}

void passed(std::vector<int> &v) {
  auto config = thirdparty::load_config();
  Handler h(config, 1);
  std::for_each(v.begin(), v.end(), h);
}

void registered(boost::asio::io_context &io) {
  auto config = thirdparty::load_config();
  Handler h(config, 1);
  boost::asio::post(io, h);
  boost::asio::post(io, [&] { io.run(); });
}

// CHECK-DAG: error-recovery-paren-list-init.cpp:26:13: error: use of undeclared identifier 'thirdparty' [clang-diagnostic-error]
// CHECK-DAG: error-recovery-paren-list-init.cpp:29:17: error: use of undeclared identifier 'thirdparty' [clang-diagnostic-error]
// CHECK-DAG: error-recovery-paren-list-init.cpp:35:17: error: use of undeclared identifier 'thirdparty' [clang-diagnostic-error]
// CHECK-DAG: error-recovery-paren-list-init.cpp:38:34: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
