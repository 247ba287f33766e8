// Code that does not compile never crashes the checker: errors are reported
// as compiler errors, and the valid parts are still analysed.
// RUN: not %eventloop_tidy --checks='-*,eventloop-*' --config='{}' %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file %t.out --implicit-check-not='Stack dump' --implicit-check-not='PLEASE submit'

#include <boost/asio.hpp>
#include <future>
#include <memory>

struct Broken : Missing {
  void on() override { undefined_call(); this->nope(); }
};
template <typename T> void tmpl(T t) { t.run(); unknown<T>(t); }

void valid(boost::asio::io_context &io) {
  boost::asio::post(io, [&] { io.run(); });
}

void invalid(boost::asio::io_context &io) {
  boost::asio::post(io, [&] { io.run(; });
  boost::asio::post(io, [&] { tmpl(io); helper(io); });
  boost::asio::post(io, undeclared_handler);
  boost::asio::post(io, [&](int x) { io.run(); });
  auto fp = &nonexistent;
  fp();
  Broken b;
  b.on();
  new Incomplete(3);
  std::make_unique<Nope>(1);
  std::async(std::launch::async, [&] { io.run(); }).get(
}

// CHECK-DAG: invalid-code.cpp:10:17: error: expected class name [clang-diagnostic-error]
// CHECK-DAG: invalid-code.cpp:16:34: warning: callback re-enters its own asio loop 'io' through 'io_context::run'; asio forbids running an io_context from a thread that is already running it [eventloop-reentrant-run]
