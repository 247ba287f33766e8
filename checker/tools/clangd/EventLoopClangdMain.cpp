//===--- EventLoopClangdMain.cpp - clangd with the eventloop module -------===//
//
// clangd cannot load clang-tidy plugins (clangd/clangd#1458), so this is
// clangd's own main with the eventloop module linked in as object code: its
// static ClangTidyModuleRegistry::Add runs before main, and clangd builds its
// checks from that registry like those of any built-in module. Every clangd
// flag and every .clangd / .clang-tidy setting works as in clangd.
//
//===----------------------------------------------------------------------===//

#include <cstring>
#include <string>
#include <vector>

// Debian's libclang-22-dev ships libclangdMain.a but not clangd's headers:
// this is the declaration from clangd's tool/ClangdMain.h.
namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char **argv) {
  // clangd looks for the compiler's builtin headers (stddef.h, ...) next to
  // its own binary, <bin>/../lib/clang/<major>, which a build tree lacks.
  // Point it at the installed ones unless the user chose a directory.
  std::vector<char *> Args(argv, argv + argc);
  bool HasResourceDir = false;
  for (int I = 1; I < argc; ++I)
    if (std::strncmp(argv[I], "--resource-dir", 14) == 0 ||
        std::strncmp(argv[I], "-resource-dir", 13) == 0)
      HasResourceDir = true;
  static std::string ResourceDirFlag =
      std::string("--resource-dir=") + EVENTLOOP_CLANG_RESOURCE_DIR;
  if (!HasResourceDir)
    Args.insert(Args.begin() + 1, ResourceDirFlag.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
