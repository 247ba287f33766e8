//===--- PluginLoader.cpp - EventLoopTidy.so: check the host, then load ---===//
//
// clang-tidy loads this small library with -load. It links nothing of LLVM,
// so it loads into any clang-tidy; it checks that the host is the LLVM major
// version the checks were built for, and only then loads the checks
// (EventLoopTidyChecks.so, beside it). A mismatched host gets one clear line
// and exit status 1 instead of unresolved symbols or a crash.
//
//===----------------------------------------------------------------------===//

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <link.h>
#include <string>
#include <unistd.h>

#ifndef EVENTLOOP_LLVM_MAJOR
#error "EVENTLOOP_LLVM_MAJOR must name the LLVM major version built against"
#endif
#ifndef EVENTLOOP_CHECKS_LIBRARY
#error "EVENTLOOP_CHECKS_LIBRARY must name the checks library"
#endif

namespace {

[[noreturn]] void stop(const std::string &Line) {
  std::fprintf(stderr, "eventloop-tidy: %s\n", Line.c_str());
  std::fflush(stderr);
  // Inside dlopen: leave without running the host's exit handlers.
  _exit(1);
}

/// The major version in a loaded LLVM library's file name
/// ("libLLVM.so.22.1", "libLLVM-14.so.1", "libclang-cpp.so.22.1").
int majorFromLibraryName(const char *Path) {
  const char *Base = std::strrchr(Path, '/');
  Base = Base ? Base + 1 : Path;
  for (const char *Prefix : {"libLLVM.so.", "libLLVM-", "libclang-cpp.so."}) {
    size_t Len = std::strlen(Prefix);
    if (std::strncmp(Base, Prefix, Len) == 0)
      return std::atoi(Base + Len);
  }
  return 0;
}

int majorFromLoadedLibraries() {
  int Major = 0;
  dl_iterate_phdr(
      [](struct dl_phdr_info *Info, size_t, void *Data) {
        int Found = Info->dlpi_name ? majorFromLibraryName(Info->dlpi_name) : 0;
        if (Found > 0) {
          *static_cast<int *>(Data) = Found;
          return 1;
        }
        return 0;
      },
      &Major);
  return Major;
}

/// The LLVM major version of the process that loads us, or 0.
int hostMajor() {
  // LLVM 16 and later export their version through the C API.
  using GetVersion = void (*)(unsigned *, unsigned *, unsigned *);
  if (auto *Fn =
          reinterpret_cast<GetVersion>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"))) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    Fn(&Major, &Minor, &Patch);
    return static_cast<int>(Major);
  }
  return majorFromLoadedLibraries();
}

std::string besideThisLibrary(const char *Name) {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&hostMajor), &Info) || !Info.dli_fname)
    return Name;
  std::string Path = Info.dli_fname;
  size_t Slash = Path.rfind('/');
  return Slash == std::string::npos ? Name : Path.substr(0, Slash + 1) + Name;
}

struct LoadChecks {
  LoadChecks() {
    int Host = hostMajor();
    if (Host == 0)
      stop("cannot tell which LLVM version this clang-tidy is; the plugin was "
           "built for clang-tidy " +
           std::to_string(EVENTLOOP_LLVM_MAJOR));
    if (Host != EVENTLOOP_LLVM_MAJOR)
      stop("this plugin was built for clang-tidy " +
           std::to_string(EVENTLOOP_LLVM_MAJOR) +
           " but was loaded into clang-tidy " + std::to_string(Host) +
           "; use clang-tidy-" + std::to_string(EVENTLOOP_LLVM_MAJOR) +
           " or rebuild the plugin against LLVM " + std::to_string(Host));
    std::string Checks = besideThisLibrary(EVENTLOOP_CHECKS_LIBRARY);
    if (!dlopen(Checks.c_str(), RTLD_NOW | RTLD_GLOBAL))
      stop("cannot load the checks from " + Checks + ": " + dlerror());
  }
} Loader;

} // namespace
