//===--- EventLoopTidyMain.cpp - clang-tidy with the eventloop module -----===//
//
// clang-tidy's own main: every flag, .clang-tidy file and NOLINT comment
// works as in clang-tidy. The eventloop module is linked in as object code,
// so its registration runs without an anchor.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"

int main(int argc, const char **argv) {
  return clang::tidy::clangTidyMain(argc, argv);
}
