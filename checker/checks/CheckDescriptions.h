//===--- CheckDescriptions.h - What each eventloop check is -----*- C++ -*-===//
//
// One description per check, the only place its summary and its options'
// defaults are written: the module registers the checks under these names
// and reads the options with these defaults, SARIF's rules and
// run-eventloop-tidy --list-checks come from here, and
// test/sarif/descriptions.test holds the module's checks, --dump-config and
// the first paragraph of each page in docs/checks/ to these descriptions.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_CHECKDESCRIPTIONS_H
#define EVENTLOOP_TIDY_CHECKS_CHECKDESCRIPTIONS_H

#include "../analysis/OffloadTemplate.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang::tidy::eventloop {

constexpr llvm::StringLiteral BlockingCallCheckName = "eventloop-blocking-call";
constexpr llvm::StringLiteral ReentrantRunCheckName = "eventloop-reentrant-run";
constexpr llvm::StringLiteral SyncClientCheckName = "eventloop-sync-client";

/// An option of the checks and its default, as --dump-config writes it.
struct OptionDescription {
  llvm::StringLiteral Name;
  llvm::StringLiteral Default;
  llvm::StringLiteral Summary;
};

/// The options every eventloop check reads (docs/options.md).
constexpr OptionDescription SharedOptions[] = {
    {"CallbackFunctions", "",
     "functions that are loop code: the project's loop calls them"},
    {"RegistrationFunctions", "",
     "functions that register their callable arguments with a loop"},
    {"OffloadFunctions", "",
     "functions that run their callable arguments on another thread"},
    {"LoopRunFunctions", "", "functions that run an event loop"},
    {"BlockingFunctions", "", "functions that block the calling thread"},
    {"SyncClientTypes", "::httplib::Client;::httplib::SSLClient",
     "types whose requests block"},
    {"ReportUserInputModals", "false",
     "also report modal loops that only the user's own input reaches"},
    {"OneWarningPerDefect", "true",
     "tell the routes to one defect as one warning with notes"},
    {"ProgramSummary", "",
     "the program summary of the last run-eventloop-tidy, or none"},
};

/// The options of the checks with fix-its (docs/checks/reentrant-run.md).
constexpr OptionDescription OffloadOptions[] = {
    {"OffloadTemplate", DefaultOffloadTemplate,
     "the expression that runs $call on another thread and waits"},
    {"OffloadHeader", DefaultOffloadHeader, "the header the template needs"},
    {"IncludeStyle", "llvm", "how the header is inserted: llvm or google"},
};

/// The default of shared option \p Name.
inline llvm::StringRef sharedOptionDefault(llvm::StringRef Name) {
  for (const OptionDescription &O : SharedOptions)
    if (O.Name == Name)
      return O.Default;
  return "";
}

struct CheckDescription {
  llvm::StringLiteral Name;
  /// The rule's name in SARIF: the check's class without "Check".
  llvm::StringLiteral RuleName;
  /// One sentence: the first paragraph of the check's page.
  llvm::StringLiteral Summary;
  /// What a finding means and what to do about it.
  llvm::StringLiteral Description;
  /// Does it offer fix-its? Then it reads OffloadOptions too.
  bool FixIts;
  /// Its page, relative to the repository's root.
  llvm::StringLiteral Page;
};

constexpr CheckDescription CheckDescriptions[] = {
    {ReentrantRunCheckName, "ReentrantRun",
     "Finds calls that run an event loop, reachable from code that an event "
     "loop runs.",
     "A callback that runs an event loop either re-enters the loop that is "
     "running it, which every event-loop library forbids, or blocks that "
     "loop until the nested loop returns. The warning is on the call in the "
     "callback that starts the path; the notes walk the path to the loop run "
     "and end where the callback was registered. A private or unknown loop "
     "gets a fix-it that runs the call on another thread.",
     true, "docs/checks/reentrant-run.md"},
    {BlockingCallCheckName, "BlockingCall",
     "Finds blocking waits, sleeps and synchronous I/O reachable from code "
     "that an event loop runs.",
     "While a callback waits, its loop runs nothing else; when the wait is "
     "for a result that the same loop must produce, it never ends. The notes "
     "walk the path from the callback to the blocking call and name the "
     "asynchronous alternative when one is known. There is no fix-it.",
     false, "docs/checks/blocking-call.md"},
    {SyncClientCheckName, "SyncClient",
     "Finds constructions of synchronous clients reachable from code that an "
     "event loop runs.",
     "A synchronous client blocks in its requests, or in its constructor, "
     "until the network answers. When the constructor itself runs a loop or "
     "blocks and the type can be moved, the fix-it constructs the client on "
     "another thread.",
     true, "docs/checks/sync-client.md"},
};

/// The options of check \p D: the shared ones, then those of its fix-its.
inline std::vector<OptionDescription> optionsOf(const CheckDescription &D) {
  std::vector<OptionDescription> Out(std::begin(SharedOptions),
                                     std::end(SharedOptions));
  if (D.FixIts)
    Out.insert(Out.end(), std::begin(OffloadOptions), std::end(OffloadOptions));
  return Out;
}

/// The description of check \p Name, or null for another check.
inline const CheckDescription *describeCheck(llvm::StringRef Name) {
  for (const CheckDescription &D : CheckDescriptions)
    if (D.Name == Name)
      return &D;
  return nullptr;
}

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_CHECKDESCRIPTIONS_H
