// `delete` of an operand in error (here its type comes from a call to an
// undeclared function) has no type to destroy: getDestroyedType() is null.
// The analysis crashed on it (SIGSEGV in GraphBuilder::VisitCXXDeleteExpr);
// now it skips the expression, and the rest of the function is analysed.
// RUN: not %eventloop_tidy --checks='-*,eventloop-*' --config='{}' %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file %t.out --implicit-check-not='Stack dump' --implicit-check-not='PLEASE submit' --implicit-check-not='warning:'

#include <unistd.h>

[[clang::annotate("eventloop::callback")]] void onTimer(int fd) {
  auto *session = thirdparty::find_session(fd);
  delete session;
  sleep(1);
}

// CHECK-DAG: error-recovery-delete.cpp:11:19: error: use of undeclared identifier 'thirdparty' [clang-diagnostic-error]
// CHECK-DAG: error-recovery-delete.cpp:13:3: warning: callback blocks its event loop in 'sleep' [eventloop-blocking-call]
