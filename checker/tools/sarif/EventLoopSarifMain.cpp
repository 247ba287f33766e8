//===--- EventLoopSarifMain.cpp - SARIF of a clang-tidy run ---------------===//
//
//   eventloop-sarif --output FILE [--tool PATH] [--load PLUGIN]...
//                   [--srcroot DIR] [--docs-base URI] [--code-quality FILE]
//                   -- CLANG-TIDY-ARGS...
//   eventloop-sarif --from-fixes FIXES.yaml [--path-records FILE]
//                   --output FILE [--exit-code N] [--srcroot DIR] ...
//
// Runs eventloop-tidy (or clang-tidy with the plugin) with --export-fixes
// and with EVENTLOOP_TIDY_PATH_RECORDS set, passes its output through, and
// writes the SARIF log of what it found: the diagnostics from the YAML, the
// paths' roles from the records. The exit status is the tool's. With
// --from-fixes, the log of a run that is over (run-clang-tidy's merged
// YAML). See docs/sarif.md.
//
//===----------------------------------------------------------------------===//

#include "../../output/CodeQuality.h"
#include "../../output/ExportedResults.h"
#include "../../output/PathRecords.h"
#include "../../output/SarifLog.h"
#include "Version.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
#include <cstring>

using namespace clang::tidy::eventloop;
namespace cl = llvm::cl;

extern char **environ;

static cl::OptionCategory Category("eventloop-sarif options");
static cl::opt<std::string> Output("output",
                                   cl::desc("The SARIF file to write"),
                                   cl::value_desc("FILE"), cl::cat(Category));
static cl::alias OutputShort("o", cl::aliasopt(Output), cl::cat(Category));
static cl::opt<std::string>
    Tool("tool",
         cl::desc("The tool to run (default: eventloop-tidy beside this "
                  "program; with --load, clang-tidy-" EVENTLOOP_LLVM_MAJOR ")"),
         cl::value_desc("PATH"), cl::cat(Category));
static cl::list<std::string> Load("load",
                                  cl::desc("A clang-tidy plugin to load"),
                                  cl::value_desc("PLUGIN"), cl::cat(Category));
static cl::opt<std::string> SourceRoot(
    "srcroot",
    cl::desc("Files under it get URIs relative to %SRCROOT% (default: the "
             "current folder)"),
    cl::value_desc("DIR"), cl::cat(Category));
static cl::opt<std::string>
    DocsBase("docs-base",
             cl::desc("Absolute URI of eventloop-tidy's repository, the base "
                      "of the rules' help (default: " +
                      output::DefaultDocsBase.str() + ")"),
             cl::value_desc("URI"), cl::cat(Category));
static cl::opt<std::string>
    CodeQuality("code-quality",
                cl::desc("Also write a GitLab Code Quality report"),
                cl::value_desc("FILE"), cl::cat(Category));
static cl::opt<std::string>
    FromFixes("from-fixes",
              cl::desc("Run nothing: write the log of this --export-fixes "
                       "file"),
              cl::value_desc("FIXES"), cl::cat(Category));
static cl::opt<std::string>
    Records("path-records",
            cl::desc("With --from-fixes: the path records of the run "
                     "(EVENTLOOP_TIDY_PATH_RECORDS)"),
            cl::value_desc("FILE"), cl::cat(Category));
static cl::opt<int> ExitCode("exit-code",
                             cl::desc("With --from-fixes: the run's exit "
                                      "status"),
                             cl::init(0), cl::cat(Category));

static int usage(const llvm::Twine &Message) {
  llvm::errs() << "eventloop-sarif: " << Message << '\n';
  return 2;
}

/// The tool to run when --tool is not given.
static std::string defaultTool(const char *Argv0) {
  if (Load.empty()) {
    std::string Self = llvm::sys::fs::getMainExecutable(
        Argv0, reinterpret_cast<void *>(&defaultTool));
    llvm::SmallString<256> Beside(llvm::sys::path::parent_path(Self));
    llvm::sys::path::append(Beside, "eventloop-tidy");
    return std::string(Beside);
  }
  // With a plugin, the clang-tidy of the LLVM it was built for.
  std::string Name = "clang-tidy-" EVENTLOOP_LLVM_MAJOR;
  if (llvm::ErrorOr<std::string> Found = llvm::sys::findProgramByName(Name))
    return *Found;
  return "/usr/lib/llvm-" EVENTLOOP_LLVM_MAJOR "/bin/clang-tidy";
}

/// The argument of an --export-fixes the user gave the tool, if any.
static std::optional<std::string>
userExportFixes(llvm::ArrayRef<std::string> Args) {
  std::optional<std::string> Path;
  for (size_t I = 0; I < Args.size() && Args[I] != "--"; ++I) {
    llvm::StringRef A = Args[I];
    for (llvm::StringRef Option : {"--export-fixes", "-export-fixes"}) {
      if (A == Option && I + 1 < Args.size())
        Path = Args[I + 1];
      else if (A.consume_front(Option) && A.consume_front("="))
        Path = A.str();
    }
  }
  return Path;
}

/// Does the tool apply fixes (an option before the tool's own `--`)?
static bool appliesFixes(llvm::ArrayRef<std::string> Args) {
  static const llvm::Regex FixOption("^--?fix(-errors|-notes)?(=.*)?$");
  for (const std::string &A : Args) {
    if (A == "--")
      return false;
    if (FixOption.match(A))
      return true;
  }
  return false;
}

/// 128 + the signal that ended a program, from the message LLVM gives for
/// it (strsignal's text).
static int signalStatus(llvm::StringRef Message) {
  for (int Signal = 1; Signal < NSIG; ++Signal)
    if (const char *Name = strsignal(Signal); Name && Message.starts_with(Name))
      return 128 + Signal;
  return 128 + SIGABRT;
}

/// Runs \p Program with \p Args and \p Env, its standard output into
/// \p Stdout; the exit status (128 + the signal if it died), or -1 with
/// \p Error when it cannot be started.
static int run(llvm::StringRef Program, llvm::ArrayRef<std::string> Args,
               std::optional<llvm::ArrayRef<llvm::StringRef>> Env,
               llvm::StringRef Stdout, std::string &Error) {
  std::vector<llvm::StringRef> Argv = {Program};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Stdout,
                                                std::nullopt};
  bool Failed = false;
  int Status = llvm::sys::ExecuteAndWait(Program, Argv, Env, Redirects, 0, 0,
                                         &Error, &Failed);
  if (Failed)
    return -1;
  return Status == -2 ? signalStatus(Error) : Status;
}

/// The LLVM version \p Tool reports, or empty.
static std::string llvmVersion(llvm::StringRef Tool, llvm::StringRef Scratch) {
  std::string Error;
  if (run(Tool, {"--version"}, std::nullopt, Scratch, Error) != 0)
    return "";
  auto Text = llvm::MemoryBuffer::getFile(Scratch);
  llvm::SmallVector<llvm::StringRef, 2> M;
  static const llvm::Regex Version("LLVM version ([^ \n]+)");
  if (!Text || !Version.match((*Text)->getBuffer(), &M))
    return "";
  return M[1].str();
}

/// Writes the log (and the Code Quality report) of \p Results.
static int writeLog(std::vector<output::Result> Results,
                    std::string LlvmVersion, int Status) {
  output::dropRepeats(Results);
  output::SarifRun Run;
  Run.SourceRoot = SourceRoot;
  if (!DocsBase.empty())
    Run.DocsBase = DocsBase;
  Run.LlvmVersion = std::move(LlvmVersion);
  Run.ExitCode = Status;
  SourceFiles Sources;
  if (llvm::Error E =
          output::writeJson(output::sarifLog(Results, Run, Sources), Output)) {
    llvm::errs() << "eventloop-sarif: " << llvm::toString(std::move(E)) << '\n';
    return Status ? Status : 1;
  }
  if (!CodeQuality.empty())
    if (llvm::Error E = output::writeJson(
            output::codeQualityReport(Results, SourceRoot, Sources),
            CodeQuality)) {
      llvm::errs() << "eventloop-sarif: " << llvm::toString(std::move(E))
                   << '\n';
      return Status ? Status : 1;
    }
  return Status;
}

/// The results of the YAML at \p Path, with the records of \p RecordsPath.
static llvm::Expected<std::vector<output::Result>>
readRun(llvm::StringRef Path, llvm::StringRef RecordsPath) {
  auto Yaml = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Yaml)
    return llvm::createFileError(Path, Yaml.getError());
  llvm::Expected<std::vector<output::Result>> Results =
      output::readExportedFixes((*Yaml)->getBuffer());
  if (!Results)
    return llvm::createFileError(Path, Results.takeError());
  if (!RecordsPath.empty()) {
    llvm::Expected<std::vector<PathRecord>> R = readPathRecords(RecordsPath);
    if (!R)
      return R.takeError();
    attachRecords(*Results, *R);
  }
  return Results;
}

int main(int argc, const char **argv) {
  // Ours before the first `--`, the tool's after it.
  std::vector<const char *> Own = {argv[0]};
  std::vector<std::string> ToolArgs;
  bool Dashes = false;
  for (int I = 1; I < argc; ++I) {
    if (!Dashes && llvm::StringRef(argv[I]) == "--") {
      Dashes = true;
      continue;
    }
    if (Dashes)
      ToolArgs.push_back(argv[I]);
    else
      Own.push_back(argv[I]);
  }
  // Without `--` the tool's arguments would be taken for ours.
  bool RunsNothing = llvm::any_of(Own, [](llvm::StringRef A) {
    return A.starts_with("--from-fixes") || A.starts_with("-from-fixes") ||
           A == "--help" || A == "-help" || A == "-h" || A == "--version";
  });
  if (!Dashes && !RunsNothing)
    return usage("expected `--` before the clang-tidy arguments; usage: "
                 "eventloop-sarif --output FILE [options] -- ARGS...");
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "eventloop-sarif " EVENTLOOP_TIDY_VERSION
          " (LLVM " EVENTLOOP_TIDY_LLVM_VERSION ")\n";
  });
  if (!cl::ParseCommandLineOptions(
          Own.size(), Own.data(),
          "eventloop-sarif: run eventloop-tidy and write its findings as a "
          "SARIF 2.1.0 log\n",
          &llvm::errs()))
    return 2;
  if (Output.empty())
    return usage("--output FILE is required");
  if (!DocsBase.empty()) {
    if (!output::isAbsoluteUri(DocsBase))
      return usage("--docs-base must be an absolute URI");
    if (!llvm::StringRef(DocsBase).ends_with("/"))
      DocsBase = DocsBase + "/";
  }
  llvm::SmallString<256> Root(SourceRoot.empty() ? std::string(".")
                                                 : SourceRoot.getValue());
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  SourceRoot = std::string(Root);

  if (!FromFixes.empty()) {
    llvm::Expected<std::vector<output::Result>> Results =
        readRun(FromFixes, Records);
    if (!Results)
      return usage(llvm::toString(Results.takeError()));
    return writeLog(std::move(*Results), "", ExitCode);
  }
  std::string ToolPath = Tool.empty() ? defaultTool(argv[0]) : Tool;
  if (llvm::StringRef(ToolPath).contains('/') &&
      !llvm::sys::fs::exists(ToolPath))
    return usage(ToolPath + " does not exist; build it (make build) or pass "
                            "--tool");
  if (appliesFixes(ToolArgs))
    return usage("--fix changes the files while their offsets are read; run "
                 "without it (the log carries the fixes)");

  // A folder for the run's files; the user's --export-fixes stays.
  llvm::SmallString<128> Scratch;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueDirectory("eventloop-sarif", Scratch))
    return usage("cannot make a temporary folder: " + EC.message());
  struct RemovedAtEnd {
    std::string Dir;
    ~RemovedAtEnd() { llvm::sys::fs::remove_directories(Dir); }
  } Clean{std::string(Scratch)};
  auto InScratch = [&](llvm::StringRef Name) {
    llvm::SmallString<128> Path(Scratch);
    llvm::sys::path::append(Path, Name);
    return std::string(Path);
  };
  std::vector<std::string> Args;
  for (const std::string &Plugin : Load)
    Args.push_back("--load=" + Plugin);
  std::string FixesPath;
  if (std::optional<std::string> User = userExportFixes(ToolArgs)) {
    FixesPath = *User;
    // So that a stale file is not taken for this run's.
    llvm::sys::fs::remove(FixesPath);
  } else {
    FixesPath = InScratch("fixes.yaml");
    Args.push_back("--export-fixes=" + FixesPath);
  }
  Args.insert(Args.end(), ToolArgs.begin(), ToolArgs.end());

  // The environment, with the records' file named: the user's, which stays,
  // or one of ours.
  std::string RecordsPath = pathRecordsFile();
  if (RecordsPath.empty())
    RecordsPath = InScratch("paths.jsonl");
  else
    llvm::sys::fs::remove(RecordsPath);
  std::string RecordsSetting =
      std::string(PathRecordsVariable) + "=" + RecordsPath;
  std::vector<llvm::StringRef> Env;
  for (char **E = environ; *E; ++E)
    if (!llvm::StringRef(*E).starts_with(std::string(PathRecordsVariable) +
                                         "="))
      Env.push_back(*E);
  Env.push_back(RecordsSetting);

  std::string TextPath = InScratch("output.txt"), Error;
  int Status = run(ToolPath, Args, Env, TextPath, Error);
  if (Status < 0)
    return usage("cannot run " + ToolPath + ": " + Error);
  auto Text = llvm::MemoryBuffer::getFile(TextPath, /*IsText=*/true);
  llvm::StringRef Printed = Text ? (*Text)->getBuffer() : "";
  llvm::outs() << Printed;
  llvm::outs().flush();

  std::vector<output::Result> Results;
  if (llvm::sys::fs::exists(FixesPath)) {
    llvm::Expected<std::vector<output::Result>> Read =
        readRun(FixesPath, RecordsPath);
    if (!Read) {
      llvm::errs() << "eventloop-sarif: " << llvm::toString(Read.takeError())
                   << '\n';
      return Status ? Status : 1;
    }
    Results = std::move(*Read);
  } else {
    // clang-tidy writes no YAML when it has nothing to report, and none
    // when it dies first: the text has what it printed, without fixes.
    Results = output::readTextOutput(Printed);
    if (llvm::Expected<std::vector<PathRecord>> R =
            readPathRecords(RecordsPath))
      attachRecords(Results, *R);
    else
      llvm::consumeError(R.takeError());
  }
  return writeLog(std::move(Results),
                  llvmVersion(ToolPath, InScratch("version.txt")), Status);
}
