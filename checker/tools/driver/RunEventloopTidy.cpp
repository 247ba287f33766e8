//===--- RunEventloopTidy.cpp - The eventloop checks over a whole program -===//
//
// run-eventloop-tidy -p BUILD_DIR [-j N] [FILE-OR-REGEX...]
//
// Reads compile_commands.json like run-clang-tidy, gets each TU's facts
// (parsing it once, or from the cache when nothing it read has changed),
// links them into one program, and prints every finding once, per-TU and
// cross-TU alike, in clang-tidy's format. Then it leaves the program
// summary beside compile_commands.json for per-file runs and the editor.
//
// The per-TU step and the link are also commands of their own, for a build
// system to schedule and cache like compile actions:
//   run-eventloop-tidy --facts-only -p BUILD_DIR FILE -o FILE.facts
//   run-eventloop-tidy --link A.facts B.facts ...
//
//===----------------------------------------------------------------------===//

#include "../../checks/BlockingCallCheck.h"
#include "../../checks/ConfiguredOptions.h"
#include "../../checks/ReentrantRunCheck.h"
#include "../../checks/SyncClientCheck.h"
#include "../../facts/ProgramSummary.h"
#include "../../output/ExportedResults.h"
#include "../../output/Fingerprint.h"
#include "../../output/PathRecords.h"
#include "../../output/SarifLog.h"
#include "CompileArguments.h"
#include "FactsVersion.h"
#include "Fixes.h"
#include "HtmlReport.h"
#include "Output.h"
#include "Results.h"
#include "UnitExtraction.h"
#include "Version.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <chrono>
#include <mutex>

using namespace clang;
using namespace clang::tidy;
using namespace clang::tidy::eventloop;
namespace cl = llvm::cl;

static cl::OptionCategory Category("run-eventloop-tidy options");
static cl::opt<std::string>
    BuildPath("p", cl::desc("Build folder with compile_commands.json"),
              cl::init("."), cl::cat(Category));
static cl::opt<unsigned>
    Jobs("j",
         cl::desc("TUs parsed at once, or facts files read at once with "
                  "--link (default: the cores)"),
         cl::init(0), cl::cat(Category));
static cl::opt<std::string> CacheDir(
    "cache",
    cl::desc(
        "Folder of the facts cache (default: BUILD/.eventloop-tidy-cache)"),
    cl::cat(Category));
static cl::opt<bool> NoCache("no-cache", cl::desc("Parse every TU"),
                             cl::cat(Category));
static cl::opt<std::string> Checks("checks",
                                   cl::desc("Checks, as clang-tidy's --checks"),
                                   cl::cat(Category));
static cl::opt<std::string>
    Config("config", cl::desc("Configuration, as clang-tidy's --config"),
           cl::cat(Category));
static cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc("A configuration file, as clang-tidy's --config-file: read as "
             "--config"),
    cl::cat(Category));
static cl::opt<std::string> WarningsAsErrors(
    "warnings-as-errors",
    cl::desc("Checks whose warnings are errors, as clang-tidy's"),
    cl::cat(Category));
static cl::opt<std::string> ExportFixes(
    "export-fixes",
    cl::desc("Write clang-tidy's YAML of the findings and their fix-its"),
    cl::cat(Category));
static cl::opt<std::string>
    SarifOutput("sarif", cl::desc("Write a SARIF 2.1.0 log of the findings"),
                cl::cat(Category));
static cl::opt<std::string> CodeQualityOutput(
    "code-quality",
    cl::desc("Write a GitLab Code Quality report of the findings"),
    cl::cat(Category));
static cl::opt<std::string> SourceRoot(
    "srcroot",
    cl::desc("With --sarif and --code-quality: files under it are named "
             "relative to it (default: the current folder)"),
    cl::cat(Category));
static cl::opt<std::string>
    DocsBase("docs-base",
             cl::desc("With --sarif: the absolute URI of eventloop-tidy's "
                      "repository, the base of the rules' help"),
             cl::cat(Category));
static cl::opt<std::string>
    HtmlDir("html",
            cl::desc("Write a static HTML report of the findings into DIR: "
                     "index.html and a page per finding"),
            cl::value_desc("DIR"), cl::cat(Category));
static cl::opt<bool>
    Stats("timing",
          cl::desc("Print where the time went: parsing, extraction of the "
                   "facts, hashing of the files read, and the link, analysis "
                   "and output"),
          cl::cat(Category));
static cl::opt<bool> Fix("fix", cl::desc("Apply the fix-its"),
                         cl::cat(Category));
static cl::opt<bool>
    ListChecks("list-checks",
               cl::desc("List the enabled checks, each with its summary, and "
                        "exit (with --verbose, their options and defaults)"),
               cl::cat(Category));
static cl::opt<bool> Verbose("verbose",
                             cl::desc("With --list-checks: the options too"),
                             cl::cat(Category));
static cl::opt<bool> Quiet("quiet", cl::desc("No progress and no summary line"),
                           cl::cat(Category));
static cl::opt<bool> FactsOnly("facts-only",
                               cl::desc("Only write the facts of one TU (-o)"),
                               cl::cat(Category));
static cl::opt<std::string>
    Output("o", cl::desc("With --facts-only: the facts file to write"),
           cl::cat(Category));
static cl::opt<std::string> DepFile(
    "depfile",
    cl::desc("With --facts-only: also write the files the TU read, as a "
             "Makefile rule for Ninja's depfile"),
    cl::cat(Category));
static cl::opt<bool> Link("link",
                          cl::desc("Link facts files (the inputs) and report"),
                          cl::cat(Category));
static cl::opt<std::string>
    Summary("summary",
            cl::desc("Where to write the program summary (default: beside "
                     "compile_commands.json; 'none' for none)"),
            cl::cat(Category));
static cl::list<std::string>
    ExtraArgs("extra-arg",
              cl::desc("An argument to append to each TU's compile command, as "
                       "clang-tidy's"),
              cl::cat(Category));
static cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("An argument to prepend to each TU's compile command, as "
             "clang-tidy's"),
    cl::cat(Category));
static cl::list<std::string> RemovedArgs(
    "removed-arg",
    cl::desc("An argument to remove from each TU's compile command, as "
             "clang-tidy's (also those --extra-arg adds)"),
    cl::cat(Category));
static cl::list<std::string>
    Inputs(cl::Positional, cl::desc("[FILE-OR-REGEX...]"), cl::cat(Category));

namespace {

/// The options of each file, from .clang-tidy files and the command line.
class Configuration {
public:
  llvm::Error init() {
    Changes.Before.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
    Changes.After.assign(ExtraArgs.begin(), ExtraArgs.end());
    Changes.Removed.assign(RemovedArgs.begin(), RemovedArgs.end());
    ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
    // Without a configuration that says otherwise, the eventloop checks.
    Defaults.Checks = "-*,eventloop-*";
    // And every header's findings, as clang-tidy 22 by default; clang-tidy
    // 19's default (main files only) would drop a finding in a header even
    // where its notes are in a main file, which clang-tidy 19 shows.
    Defaults.HeaderFilterRegex = ".*";
    ClangTidyOptions Override;
    if (!Checks.empty())
      Override.Checks = Checks;
    if (!WarningsAsErrors.empty())
      Override.WarningsAsErrors = WarningsAsErrors;
    std::string Written = Config;
    llvm::StringRef Source = "<command-line-config>";
    if (!ConfigFile.empty()) {
      if (!Config.empty())
        return llvm::createStringError(
            "--config-file and --config are mutually exclusive");
      auto Text = llvm::MemoryBuffer::getFile(ConfigFile);
      if (!Text)
        return llvm::createStringError("cannot read config-file '%s': %s",
                                       ConfigFile.c_str(),
                                       Text.getError().message().c_str());
      Written = (*Text)->getBuffer().str();
      Source = ConfigFile;
    }
    if (!Config.empty() || !ConfigFile.empty()) {
      llvm::ErrorOr<ClangTidyOptions> Parsed =
          parseConfiguration(llvm::MemoryBufferRef(Written, Source));
      if (!Parsed)
        return llvm::createStringError(
            "invalid configuration specified%s: %s",
            ConfigFile.empty() ? "" : (" in " + ConfigFile).c_str(),
            Parsed.getError().message().c_str());
      Provider = std::make_unique<ConfigOptionsProvider>(
          ClangTidyGlobalOptions(), Defaults, std::move(*Parsed), Override);
    } else {
      Provider = std::make_unique<FileOptionsProvider>(ClangTidyGlobalOptions(),
                                                       Defaults, Override);
    }
    return llvm::Error::success();
  }
  ClangTidyOptions options(llvm::StringRef File) {
    std::lock_guard<std::mutex> Guard(Lock);
    return Provider->getOptions(File);
  }
  /// The command \p File is parsed with (CompileArguments.h).
  tooling::CompileCommand command(const tooling::CompileCommand &Written,
                                  llvm::StringRef File) {
    return adjustedCommand(Written, Changes, options(File));
  }
  /// The analysis options for \p File; each bad value reported once.
  AnalysisOptions analysis(llvm::StringRef File) {
    ClangTidyOptions O = options(File);
    std::lock_guard<std::mutex> Guard(Lock);
    return readAnalysisOptions(
        O.CheckOptions, ReentrantRunCheckName,
        [&](const WrittenOption &Bad, llvm::StringRef Why) {
          std::string Line = "error: invalid value '" + Bad.Value +
                             "' for option '" + Bad.Key + "': " + Why.str() +
                             " [clang-tidy-config]";
          if (Reported.insert(Line).second)
            llvm::errs() << Line << '\n';
        });
  }
  OffloadSetting offload(llvm::StringRef File, llvm::StringRef Check) {
    ClangTidyOptions O = options(File);
    return readOffloadSetting(O.CheckOptions, Check,
                              [](const WrittenOption &, llvm::StringRef) {});
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  /// The compile arguments the command line adds and removes.
  ArgumentChanges Changes;
  std::mutex Lock;
  llvm::StringSet<> Reported;
};

double secondsSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
      .count();
}

/// "[12/143] src/server.cpp 0:07" on a terminal, rewritten in place.
class Progress {
public:
  Progress(size_t Total)
      : Total(Total),
        Shown(!Quiet && llvm::sys::Process::StandardErrIsDisplayed()),
        Start(std::chrono::steady_clock::now()) {}
  void done(llvm::StringRef File) {
    std::lock_guard<std::mutex> Guard(Lock);
    ++Done;
    if (!Shown)
      return;
    unsigned S = seconds();
    llvm::errs() << "\r\033[K[" << Done << '/' << Total << "] "
                 << llvm::sys::path::filename(File) << ' ' << S / 60 << ':'
                 << (S % 60 < 10 ? "0" : "") << S % 60;
  }
  void finish() {
    if (Shown)
      llvm::errs() << "\r\033[K";
  }
  unsigned seconds() const {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::steady_clock::now() - Start)
        .count();
  }
  double elapsed() const { return secondsSince(Start); }

private:
  size_t Total, Done = 0;
  bool Shown;
  std::chrono::steady_clock::time_point Start;
  std::mutex Lock;
};

int fail(const llvm::Twine &Message) {
  llvm::errs() << "run-eventloop-tidy: " << Message << '\n';
  return 2;
}

/// The files of \p DB that the inputs select (regexes, as run-clang-tidy).
std::vector<std::string> selectFiles(const tooling::CompilationDatabase &DB) {
  std::vector<std::string> All = DB.getAllFiles();
  llvm::sort(All);
  if (Inputs.empty())
    return All;
  std::vector<llvm::Regex> Patterns;
  for (const std::string &I : Inputs)
    Patterns.emplace_back(I);
  std::vector<std::string> Chosen;
  for (const std::string &F : All)
    if (llvm::any_of(Patterns, [&](llvm::Regex &R) { return R.match(F); }))
      Chosen.push_back(F);
  return Chosen;
}

struct Tally {
  unsigned Warnings = 0, Errors = 0, Suppressed = 0;
};

/// --timing: the seconds of each step after the facts are at hand.
struct LinkTimes {
  double Link = 0, Analysis = 0, Output = 0;
};
LinkTimes Times;

llvm::raw_ostream &operator<<(llvm::raw_ostream &OS, const LinkTimes &T) {
  return OS << llvm::format("link %.2f s, analysis %.2f s, output %.2f s",
                            T.Link, T.Analysis, T.Output);
}

/// --timing: the parse time of the TUs parsed (summed over the threads), the
/// shares of extraction and of hashing in it, and the time after the parse.
void printStats(llvm::ArrayRef<UnitResult> Results, double LinkSeconds) {
  double Parse = 0, Extract = 0, Hash = 0;
  unsigned Parsed = 0;
  for (const UnitResult &U : Results)
    if (U.Parsed) {
      ++Parsed;
      Parse += U.ParseSeconds;
      Extract += U.ExtractSeconds;
      Hash += U.HashSeconds;
    }
  auto Share = [&](double Part) {
    return llvm::format("%.2f s (%.2f %%)", Part,
                        Parse > 0 ? 100 * Part / Parse : 0.0);
  };
  llvm::errs() << "run-eventloop-tidy: timing: " << Parsed << " TUs parsed in "
               << llvm::format("%.2f", Parse) << " s (summed over threads); "
               << "extraction of the facts " << Share(Extract)
               << ", hashing of the files read " << Share(Hash)
               << "; link, analysis and output "
               << llvm::format("%.2f s", LinkSeconds) << " (" << Times << ")\n";
}

/// The findings of the run, for its SARIF log and Code Quality report.
std::vector<output::Result> RunResults;
SourceFiles RunSources;

/// The run ends with \p Status: the reports asked for record it.
int finish(int Status) {
  ReportFiles Files{SarifOutput, CodeQualityOutput, SourceRoot, DocsBase};
  if (llvm::Error E = writeReports(Files, RunResults, Status, RunSources))
    return fail(llvm::toString(std::move(E)));
  return Status;
}

/// Leaves what it holds to the end of the process (llvm::BuryPointer, which
/// keeps a few pointers reachable for leak checkers): the process ends after
/// the report, and freeing a program of millions of sites, one allocation at
/// a time, takes longer than analysing it.
template <typename T> struct LeftToExit {
  std::unique_ptr<T> Ptr;
  ~LeftToExit() { llvm::BuryPointer(std::move(Ptr)); }
};

/// Tells, filters and prints the findings of \p Units; writes the fixes.
int report(llvm::ArrayRef<const facts::TUFacts *> Units, Configuration &Conf,
           const std::vector<std::string> &MainFiles, Tally &Count) {
  AnalysisOptions Global = Conf.analysis(MainFiles.empty() ? "" : MainFiles[0]);
  ModelIndex Models(Global);
  auto Start = std::chrono::steady_clock::now();
  Program Whole = Program::link(Units);
  Times.Link = secondsSince(Start);
  Start = std::chrono::steady_clock::now();
  LeftToExit<LoopContext> Linked{
      std::make_unique<LoopContext>(Models, std::move(Whole))};
  const LoopContext &Analysis = *Linked.Ptr;
  const Program &P = Analysis.program();
  SourceFiles &Sources = RunSources;
  std::string First = MainFiles.empty() ? std::string() : MainFiles[0];
  ClangTidyOptions Options = Conf.options(First);
  GlobList Enabled(Options.Checks.value_or(""));
  GlobList AsErrors(Options.WarningsAsErrors.value_or(""));

  std::vector<Report> Reports;
  TellSettings Settings;
  Settings.SyncClientEnabled = Enabled.contains(SyncClientCheckName);
  Settings.OneWarningPerDefect = Global.OneWarningPerDefect;
  if (Enabled.contains(ReentrantRunCheckName)) {
    Settings.Offload =
        OffloadTemplate(Conf.offload(First, ReentrantRunCheckName).Template);
    ReentrantRunCheck::tellFindings(Analysis, Settings, Reports);
  }
  if (Enabled.contains(BlockingCallCheckName))
    BlockingCallCheck::tellFindings(Analysis, Settings, Reports);
  if (Enabled.contains(SyncClientCheckName)) {
    Settings.Offload =
        OffloadTemplate(Conf.offload(First, SyncClientCheckName).Template);
    SyncClientCheck::tellFindings(Analysis, Settings, Reports);
  }
  Times.Analysis = secondsSince(Start);
  Start = std::chrono::steady_clock::now();

  // Once each, in the order of their places; only where clang-tidy would
  // show them: a main file of the run, or a header its filter admits.
  llvm::StringSet<> Mains;
  for (const std::string &M : MainFiles) {
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(M, Real))
      Mains.insert(Real);
    Mains.insert(M);
  }
  std::optional<llvm::Regex> HeaderFilter;
  if (Options.HeaderFilterRegex && !Options.HeaderFilterRegex->empty())
    HeaderFilter.emplace(*Options.HeaderFilterRegex);
  std::vector<std::pair<std::string, const Report *>> Shown;
  llvm::StringSet<> Seen;
  for (const Report &R : Reports) {
    Located L = locate(P, R.Loc);
    if (!Mains.contains(L.Path) &&
        !(HeaderFilter && HeaderFilter->match(L.Path)))
      continue;
    if (suppressed(Sources, L.Path, L.Line, R.Check)) {
      ++Count.Suppressed;
      continue;
    }
    std::string Key = (L.Path + "\0" + llvm::Twine(L.Offset) + "\0" + R.Check +
                       "\0" + R.Message)
                          .str();
    if (!Seen.insert(Key).second)
      continue;
    Shown.push_back({std::move(Key), &R});
  }
  // By place; at one place, in the order the checks told them.
  llvm::sort(Shown, [&](const auto &A, const auto &B) {
    Located LA = locate(P, A.second->Loc), LB = locate(P, B.second->Loc);
    return std::tie(LA.Path, LA.Line, LA.Column, A.second) <
           std::tie(LB.Path, LB.Line, LB.Column, B.second);
  });

  static const std::string RecordsFile = pathRecordsFile();
  FixSet Fixes(P, Sources);
  tooling::TranslationUnitDiagnostics Exported;
  std::vector<HtmlFinding> Html;
  Exported.Diagnostics.reserve(Shown.size());
  RunResults.reserve(RunResults.size() + Shown.size());
  for (const auto &[Key, R] : Shown) {
    bool AsError = AsErrors.contains(R->Check);
    printReport(llvm::outs(), *R, P, Sources, AsError);
    ++(AsError ? Count.Errors : Count.Warnings);
    std::vector<tooling::Replacement> Edits;
    if (R->Fix) {
      Located L = locate(P, R->Loc);
      llvm::StringRef Check = R->Check;
      Edits = Fixes.editsOf(*R, Conf.offload(L.Path, Check).Header);
      if (!Fixes.add(Edits)) {
        llvm::errs() << "run-eventloop-tidy: the fix-it at " << L.Path << ':'
                     << L.Line << ':' << L.Column
                     << " conflicts with another and is left out\n";
        Edits.clear();
      }
    }
    RunResults.push_back(resultOf(*R, P, Edits, AsError));
    Exported.Diagnostics.push_back(
        output::exportedDiagnostic(RunResults.back()));
    if (!RecordsFile.empty())
      if (llvm::Error E =
              appendPathRecord(RecordsFile, pathRecordOf(RunResults.back())))
        return fail(llvm::toString(std::move(E)));
    Html.push_back({R, std::move(Edits), AsError});
  }
  llvm::outs().flush();
  if (!HtmlDir.empty()) {
    std::vector<std::string> Prints =
        output::fingerprints(RunResults, SourceRoot);
    for (size_t I = 0; I < Html.size(); ++I)
      Html[I].Fingerprint = Prints[I];
    if (llvm::Error E = writeHtmlReport(HtmlDir, Html, P, Sources))
      return fail(llvm::toString(std::move(E)));
  }
  if (!ExportFixes.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(ExportFixes, EC, llvm::sys::fs::OF_None);
    if (EC)
      return fail("cannot write " + ExportFixes + ": " + EC.message());
    llvm::yaml::Output YAML(OS);
    YAML << Exported;
  }
  if (Fix) {
    llvm::Expected<unsigned> Written = Fixes.apply();
    if (!Written)
      return fail(llvm::toString(Written.takeError()));
    if (!Quiet && *Written)
      llvm::errs() << "run-eventloop-tidy: applied the fix-its to " << *Written
                   << " file" << (*Written == 1 ? "" : "s") << '\n';
  }
  Times.Output = secondsSince(Start);
  return 0;
}

/// \p Target's rule in Make's syntax, as Ninja reads a depfile: spaces,
/// '#' and '$' in paths escaped.
bool writeDepFile(llvm::StringRef Path, llvm::StringRef Target,
                  llvm::ArrayRef<std::string> Files) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return false;
  auto Escaped = [](llvm::StringRef File) {
    std::string Out;
    for (char C : File) {
      if (C == ' ' || C == '#')
        Out += '\\';
      else if (C == '$')
        Out += '$';
      Out += C;
    }
    return Out;
  };
  OS << Escaped(Target) << ':';
  for (const std::string &File : Files)
    OS << " \\\n  " << Escaped(File);
  OS << '\n';
  return !OS.has_error();
}

int runFactsOnly(const tooling::CompilationDatabase &DB, Configuration &Conf) {
  if (Inputs.size() != 1 || Output.empty())
    return fail(
        "--facts-only takes one file of the compilation database and -o FILE");
  std::vector<tooling::CompileCommand> Commands =
      DB.getCompileCommands(Inputs[0]);
  if (Commands.empty())
    return fail(Inputs[0] + " is not in " + BuildPath +
                "/compile_commands.json");
  UnitResult U = extractUnit(Conf.command(Commands.front(), Inputs[0]),
                             Conf.analysis(Inputs[0]), nullptr);
  for (const std::string &E : U.Errors)
    llvm::outs() << E << '\n';
  if (U.Failed || !U.Facts)
    return fail("cannot parse " + Inputs[0]);
  std::error_code EC;
  llvm::raw_fd_ostream OS(Output, EC, llvm::sys::fs::OF_None);
  if (EC)
    return fail("cannot write " + Output + ": " + EC.message());
  OS << U.Facts->Buffer->getBuffer();
  if (!DepFile.empty() && !writeDepFile(DepFile, Output, U.FilesRead))
    return fail("cannot write " + DepFile);
  return U.Errors.empty() ? 0 : 1;
}

/// The threads of a run: -j, or every core.
unsigned threads() {
  return Jobs ? Jobs.getValue()
              : llvm::hardware_concurrency().compute_thread_count();
}

/// Reads the facts file \p Path into \p Out; the error, if any.
std::string loadFacts(const std::string &Path,
                      std::unique_ptr<facts::LoadedFacts> &Out) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, false, false);
  if (!Buffer)
    return "cannot read " + Path;
  auto Facts = facts::readFacts(std::move(*Buffer));
  if (!Facts)
    return llvm::toString(Facts.takeError());
  if (facts::factsVersion((*Facts)->Buffer->getBuffer()) !=
      EVENTLOOP_FACTS_VERSION)
    return Path + ": facts of another build of eventloop-tidy";
  Out = std::move(*Facts);
  return "";
}

int runLink(Configuration &Conf) {
  // The files in parallel (reading is most of a link: a million functions
  // are hundreds of MB of facts), their errors in the order given.
  auto Reading = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<facts::LoadedFacts>> Loaded(Inputs.size());
  std::vector<std::string> Errors(Inputs.size());
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(threads()));
    for (size_t I = 0; I < Inputs.size(); ++I)
      Pool.async([&, I] { Errors[I] = loadFacts(Inputs[I], Loaded[I]); });
    Pool.wait();
  }
  std::vector<const facts::TUFacts *> Units;
  std::vector<std::string> Mains;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    if (!Errors[I].empty())
      return fail(Errors[I]);
    Units.push_back(&Loaded[I]->Facts);
    Mains.push_back(Loaded[I]->Facts.MainFile.str());
  }
  double ReadSeconds = secondsSince(Reading);
  Tally Count;
  int Status = report(Units, Conf, Mains, Count);
  if (Stats)
    llvm::errs() << "run-eventloop-tidy: timing: " << Units.size()
                 << " facts files read in "
                 << llvm::format("%.2f s", ReadSeconds) << "; " << Times
                 << '\n';
  // Left to the end of the process, like the program (LeftToExit).
  llvm::BuryPointer(std::make_unique<decltype(Loaded)>(std::move(Loaded)));
  if (Status)
    return Status;
  return finish(Count.Errors ? 1 : 0);
}

} // namespace

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "run-eventloop-tidy " EVENTLOOP_TIDY_VERSION
          " (LLVM " EVENTLOOP_TIDY_LLVM_VERSION ")\n";
  });
  cl::ParseCommandLineOptions(
      argc, argv,
      "run-eventloop-tidy: the eventloop checks over every TU of a "
      "compilation database, with paths across files\n");
  Configuration Conf;
  if (llvm::Error E = Conf.init())
    return fail(llvm::toString(std::move(E)));
  if (ListChecks) {
    // As clang-tidy lists them, for a file of the current folder.
    llvm::SmallString<256> Here;
    llvm::sys::fs::current_path(Here);
    llvm::sys::path::append(Here, "dummy.cpp");
    GlobList Enabled(Conf.options(Here).Checks.value_or(""));
    llvm::outs() << "Enabled checks:\n";
    for (const CheckDescription &D : CheckDescriptions)
      if (Enabled.contains(D.Name)) {
        llvm::outs() << "    " << D.Name << "  " << D.Summary
                     << (D.FixIts ? " (fix-its)" : "") << '\n';
        if (Verbose)
          for (const OptionDescription &O : optionsOf(D))
            llvm::outs() << "        " << O.Name << "  " << O.Summary
                         << " (default '" << O.Default << "')\n";
      }
    return 0;
  }
  if (Fix && (!SarifOutput.empty() || !CodeQualityOutput.empty()))
    return fail("--fix with --sarif or --code-quality: the report's lines "
                "would be those of the files before the fixes; run them one "
                "after the other");
  if (!DocsBase.empty() && !output::isAbsoluteUri(DocsBase))
    return fail("--docs-base must be an absolute URI");
  if (!DocsBase.empty() && !llvm::StringRef(DocsBase).ends_with("/"))
    DocsBase = DocsBase + "/";
  if (SourceRoot.empty())
    SourceRoot = ".";
  // Paths of our own are absolute: parsing a TU may change directories.
  for (cl::opt<std::string> *Path :
       {&CacheDir, &Summary, &ExportFixes, &SarifOutput, &CodeQualityOutput,
        &SourceRoot, &HtmlDir})
    if (!Path->empty() && *Path != "none") {
      llvm::SmallString<256> Absolute(*Path);
      llvm::sys::fs::make_absolute(Absolute);
      llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
      *Path = std::string(Absolute);
    }
  if (Link)
    return runLink(Conf);

  llvm::SmallString<256> AbsoluteBuild(BuildPath);
  llvm::sys::fs::make_absolute(AbsoluteBuild);
  BuildPath = std::string(AbsoluteBuild);
  llvm::SmallString<256> DatabasePath(BuildPath);
  llvm::sys::path::append(DatabasePath, "compile_commands.json");
  if (!llvm::sys::fs::exists(DatabasePath))
    return fail("no " + DatabasePath +
                "; configure the project with "
                "CMAKE_EXPORT_COMPILE_COMMANDS=ON (or bear) and give -p its "
                "build folder");
  std::string Error;
  std::unique_ptr<tooling::CompilationDatabase> DB =
      tooling::JSONCompilationDatabase::loadFromFile(
          DatabasePath, Error, tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return fail(Error);
  if (FactsOnly)
    return runFactsOnly(*DB, Conf);

  std::vector<std::string> Files = selectFiles(*DB);
  if (Files.empty())
    return fail("no file of " + BuildPath + "/compile_commands.json matches");
  std::optional<FactsCache> Cache;
  if (!NoCache) {
    llvm::SmallString<256> Dir(CacheDir);
    if (Dir.empty()) {
      Dir = BuildPath;
      llvm::sys::path::append(Dir, ".eventloop-tidy-cache");
    }
    Cache.emplace(std::string(Dir));
  }

  // Each TU once, in parallel; the results in the files' order.
  std::vector<UnitResult> Results(Files.size());
  Progress Shown(Files.size());
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(threads()));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] {
        std::vector<tooling::CompileCommand> Commands =
            DB->getCompileCommands(Files[I]);
        if (Commands.empty()) {
          Results[I].File = Files[I];
          Results[I].Failed = true;
        } else {
          Results[I] =
              extractUnit(Conf.command(Commands.front(), Files[I]),
                          Conf.analysis(Files[I]), Cache ? &*Cache : nullptr);
        }
        Shown.done(Files[I]);
      });
    Pool.wait();
  }
  Shown.finish();

  std::vector<const facts::TUFacts *> Units;
  unsigned Parsed = 0, Broken = 0;
  for (UnitResult &U : Results) {
    Parsed += U.Parsed;
    for (const std::string &E : U.Errors)
      llvm::outs() << E << '\n';
    if (!U.Errors.empty() || U.Failed) {
      ++Broken;
      if (U.Failed)
        llvm::errs() << "run-eventloop-tidy: cannot parse " << U.File << '\n';
    }
    if (U.Facts)
      Units.push_back(&U.Facts->Facts);
  }
  Tally Count;
  auto Linking = std::chrono::steady_clock::now();
  if (int Status = report(Units, Conf, Files, Count))
    return Status;
  if (Stats)
    printStats(Results, secondsSince(Linking));

  // The program summary, for per-file runs and the editor.
  if (Summary != "none") {
    llvm::SmallString<256> Path(Summary);
    if (Path.empty()) {
      Path = BuildPath;
      llvm::sys::path::append(Path, facts::SummaryFileName);
    }
    std::vector<llvm::StringRef> Bytes;
    for (const UnitResult &U : Results)
      if (U.Facts)
        Bytes.push_back(U.Facts->Buffer->getBuffer());
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
    if (EC)
      return fail("cannot write " + Path + ": " + EC.message());
    OS << facts::writeSummary(Bytes);
  }

  if (!Quiet)
    llvm::errs() << "run-eventloop-tidy: " << Files.size() << " TUs (" << Parsed
                 << " parsed, " << Files.size() - Parsed << " from the cache, "
                 << Broken << " with errors) in "
                 << llvm::format("%.1f", Shown.elapsed())
                 << " s: " << Count.Warnings + Count.Errors << " finding"
                 << (Count.Warnings + Count.Errors == 1 ? "" : "s")
                 << (Count.Suppressed
                         ? " (" + std::to_string(Count.Suppressed) +
                               " suppressed by NOLINT)"
                         : std::string())
                 << '\n';
  // Left to the end of the process, like the program (LeftToExit).
  llvm::BuryPointer(std::make_unique<decltype(Results)>(std::move(Results)));
  return finish(Broken || Count.Errors ? 1 : 0);
}
