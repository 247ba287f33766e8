//===--- AnalysisFuzzer.cpp - libFuzzer over the eventloop-* checks -------===//
//
// One input is one translation unit. Its first byte picks a mode: the
// language, one library set of the test suite as a precompiled header
// (FuzzModes.inc, written by CMakeLists.txt), and whether clang keeps its
// default error limit or goes on to the end. A first line
// `// eventloop-fuzz-config: {YAML}` gives the checks' options; the rest is
// the source. The checks run in-process through clang-tidy's own
// runClangTidy, as in eventloop-tidy, so that clang's error recovery, the
// analysis and the checks' warnings, notes and fix-its all see the mutated
// code; half the mutations are of lines and names (mutateSource). `make
// fuzz` runs it; docs/robustness.md says how.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace clang;
using namespace clang::tidy;

namespace {

struct FuzzMode {
  const char *Name;
  bool C;
  std::vector<std::string> Flags;
};

const FuzzMode Modes[] = {
#include "FuzzModes.inc"
};
constexpr unsigned NumModes = std::size(Modes);

constexpr llvm::StringLiteral ConfigPrefix = "// eventloop-fuzz-config: ";

/// The real file system, without what a mutated `#include` or `#embed`
/// could read forever or should not read at all: anything but directories
/// and regular files, and the kernel's pseudo files.
class RegularFilesOnly : public llvm::vfs::ProxyFileSystem {
public:
  using ProxyFileSystem::ProxyFileSystem;

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    llvm::ErrorOr<llvm::vfs::Status> S = ProxyFileSystem::status(Path);
    if (S && !S->isDirectory() && !S->isRegularFile())
      return std::make_error_code(std::errc::permission_denied);
    return S;
  }

  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    llvm::ErrorOr<llvm::vfs::Status> S = status(Path);
    if (!S)
      return S.getError();
    llvm::SmallString<256> Real;
    if (S->isDirectory() || getRealPath(Path, Real) ||
        llvm::StringRef(Real).starts_with("/proc/") ||
        llvm::StringRef(Real).starts_with("/sys/") ||
        S->getSize() > (64u << 20))
      return std::make_error_code(std::errc::permission_denied);
    return ProxyFileSystem::openFileForRead(Path);
  }
};

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> realFiles() {
  static llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
      llvm::makeIntrusiveRefCnt<RegularFilesOnly>(
          llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(
              llvm::vfs::createPhysicalFileSystem().release()));
  return FS;
}

/// The input's path in the in-memory file system: its suffix is its language.
std::string inputFile(const FuzzMode &Mode) {
  return Mode.C ? "/eventloop-fuzz/input.c" : "/eventloop-fuzz/input.cpp";
}

/// Runs the eventloop-* checks on \p Source in \p Mode, with the check
/// options of \p Config (YAML; ignored when it does not parse).
std::vector<ClangTidyError> runChecks(const FuzzMode &Mode, bool ErrorLimit,
                                      llvm::StringRef Config,
                                      llvm::StringRef Source) {
  ClangTidyOptions Options = ClangTidyOptions::getDefaults();
  Options.Checks = "-*,eventloop-*";
  if (!Config.empty()) {
    // Only the check options: ExtraArgs could name any file to read or
    // write, and the other keys configure clang-tidy, not the checks.
    llvm::ErrorOr<ClangTidyOptions> Parsed =
        parseConfigurationWithDiags(llvm::MemoryBufferRef(Config, "config"),
                                    [](const llvm::SMDiagnostic &) {});
    if (Parsed)
      Options.CheckOptions = Parsed->CheckOptions;
  }
  ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
      ClangTidyGlobalOptions(), std::move(Options)));

  std::string File = inputFile(Mode);
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(File, 0, llvm::MemoryBuffer::getMemBufferCopy(Source, File));
  auto FS =
      llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(realFiles());
  FS->pushOverlay(Memory);

  std::vector<std::string> Args = Mode.Flags;
  if (!ErrorLimit)
    Args.push_back("-ferror-limit=0");
  tooling::FixedCompilationDatabase Database("/", Args);
  return runClangTidy(Context, Database, {File}, FS, /*ApplyAnyFix=*/true,
                      /*EnableCheckProfile=*/false, /*StoreCheckProfile=*/"",
                      /*Quiet=*/true);
}

/// A fix-it of the input must stay inside it.
void checkFixes(const tooling::DiagnosticMessage &Message, llvm::StringRef File,
                size_t Size) {
  for (const auto &[Path, Replacements] : Message.Fix)
    for (const tooling::Replacement &R : Replacements)
      if (R.getFilePath() == File &&
          static_cast<size_t>(R.getOffset()) + R.getLength() > Size) {
        llvm::errs() << "fix-it beyond the end of the input: offset "
                     << R.getOffset() << " length " << R.getLength() << " in "
                     << Size << " bytes\n";
        std::abort();
      }
}

/// Stops the fuzzer when \p Mode's precompiled header is stale or missing:
/// every run would fail before the analysis, silently.
void probe(const FuzzMode &Mode) {
  for (const ClangTidyError &E :
       runChecks(Mode, /*ErrorLimit=*/true, "", "int fuzz_probe;\n"))
    if (E.DiagLevel >= ClangTidyError::Error) {
      llvm::errs() << "eventloop-analysis-fuzzer: mode " << Mode.Name
                   << " does not compile a declaration: " << E.Message.Message
                   << "\n(rebuild the PCHs: ninja eventloop-fuzz-pch)\n";
      std::exit(1);
    }
}

/// Mutations of the source that real code in error recovery shows: a line
/// gone (half-typed code, a bad merge), a name undeclared (a header
/// missing), a line repeated or moved. The mode byte stays.
bool mutateSource(std::string &Text, std::minstd_rand &Rng) {
  std::vector<std::pair<size_t, size_t>> Lines; // [begin, end) with '\n'
  for (size_t B = 0; B < Text.size();) {
    size_t E = Text.find('\n', B);
    E = E == std::string::npos ? Text.size() : E + 1;
    Lines.push_back({B, E});
    B = E;
  }
  if (Lines.empty())
    return false;
  auto [B, E] = Lines[Rng() % Lines.size()];
  switch (Rng() % 4) {
  case 0:
    Text.erase(B, E - B);
    return true;
  case 1: {
    // An identifier of the line becomes undeclared, or qualified by a
    // namespace nothing declares.
    std::vector<std::pair<size_t, size_t>> Words;
    for (size_t I = B; I < E;) {
      if (!isAsciiIdentifierStart(Text[I])) {
        ++I;
        continue;
      }
      size_t J = I;
      while (J < E && isAsciiIdentifierContinue(Text[J]))
        ++J;
      Words.push_back({I, J});
      I = J;
    }
    if (Words.empty())
      return false;
    auto [WB, WE] = Words[Rng() % Words.size()];
    static const char *const Forms[] = {"thirdparty::%s", "%s_undeclared",
                                        "thirdparty::%s<int>", ""};
    std::string Word = Text.substr(WB, WE - WB);
    std::string Form = Forms[Rng() % std::size(Forms)];
    size_t At = Form.find("%s");
    Text.replace(WB, WE - WB,
                 At == std::string::npos
                     ? Form
                     : Form.substr(0, At) + Word + Form.substr(At + 2));
    return true;
  }
  case 2:
    Text.insert(B, Text.substr(B, E - B));
    return true;
  default: {
    std::string Line = Text.substr(B, E - B);
    Text.erase(B, E - B);
    size_t To = Lines[Rng() % Lines.size()].first;
    Text.insert(std::min(To, Text.size()), Line);
    return true;
  }
  }
}

} // namespace

extern "C" size_t LLVMFuzzerMutate(uint8_t *Data, size_t Size, size_t MaxSize);

/// Half the mutations are of the source's lines and names (mutateSource),
/// half are libFuzzer's own, byte-wise.
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *Data, size_t Size,
                                          size_t MaxSize, unsigned Seed) {
  std::minstd_rand Rng(Seed);
  if (Size < 2 || Rng() % 2)
    return LLVMFuzzerMutate(Data, Size, MaxSize);
  std::string Text(reinterpret_cast<const char *>(Data) + 1, Size - 1);
  if (!mutateSource(Text, Rng) || Text.size() + 1 > MaxSize)
    return LLVMFuzzerMutate(Data, Size, MaxSize);
  memcpy(Data + 1, Text.data(), Text.size());
  return Text.size() + 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return -1;
  unsigned Index = Data[0] % NumModes;
  const FuzzMode &Mode = Modes[Index];
  static bool Probed[NumModes] = {};
  if (!Probed[Index]) {
    probe(Mode);
    Probed[Index] = true;
  }
  bool ErrorLimit = (Data[0] / NumModes) % 2 == 0;
  llvm::StringRef Source(reinterpret_cast<const char *>(Data + 1), Size - 1);
  llvm::StringRef Config;
  if (Source.consume_front(ConfigPrefix))
    std::tie(Config, Source) = Source.split('\n');
  std::string File = inputFile(Mode);
  for (const ClangTidyError &E : runChecks(Mode, ErrorLimit, Config, Source)) {
    checkFixes(E.Message, File, Source.size());
    for (const tooling::DiagnosticMessage &Note : E.Notes)
      checkFixes(Note, File, Source.size());
  }
  return 0;
}
