//===--- CheckDescriptions.h - What each eventloop check is -----*- C++ -*-===//
//
// One description per check, the only place its summary is written: the
// module registers the checks under these names, the SARIF and Code Quality
// writers take their rules from here, and test/sarif/descriptions.test
// holds the module's checks and the first paragraph of each page in
// docs/checks/ to these descriptions.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_CHECKS_CHECKDESCRIPTIONS_H
#define EVENTLOOP_TIDY_CHECKS_CHECKDESCRIPTIONS_H

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::eventloop {

constexpr llvm::StringLiteral BlockingCallCheckName = "eventloop-blocking-call";
constexpr llvm::StringLiteral ReentrantRunCheckName = "eventloop-reentrant-run";
constexpr llvm::StringLiteral SyncClientCheckName = "eventloop-sync-client";

struct CheckDescription {
  llvm::StringLiteral Name;
  /// The rule's name in SARIF: the check's class without "Check".
  llvm::StringLiteral RuleName;
  /// One sentence: the first paragraph of the check's page.
  llvm::StringLiteral Summary;
  /// What a finding means and what to do about it.
  llvm::StringLiteral Description;
  /// Does it offer fix-its?
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

/// The description of check \p Name, or null for another check.
inline const CheckDescription *describeCheck(llvm::StringRef Name) {
  for (const CheckDescription &D : CheckDescriptions)
    if (D.Name == Name)
      return &D;
  return nullptr;
}

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_CHECKS_CHECKDESCRIPTIONS_H
