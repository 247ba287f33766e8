//===--- SarifLog.h - Results as a SARIF 2.1.0 log --------------*- C++ -*-===//
//
// The one SARIF writer of the project: run-eventloop-tidy --sarif and
// eventloop-sarif both write their results through it (docs/sarif.md).
// Places are read from the files: SARIF counts columns and character
// offsets in UTF-16 code units where clang counts bytes. A result's code
// flow is its notes that have a role on the path; its rules come from the
// checks' descriptions. What GitHub code scanning would reject is cut, and
// the log says so.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_SARIFLOG_H
#define EVENTLOOP_TIDY_OUTPUT_SARIFLOG_H

#include "Result.h"
#include "SourceFiles.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::eventloop::output {

/// Where the docs are when no base is given: a placeholder that never
/// resolves (RFC 2606), never someone else's site.
constexpr llvm::StringLiteral DefaultDocsBase =
    "https://eventloop-tidy.invalid/";

/// GitHub code scanning's hard limits (docs/sarif.md): more is rejected.
constexpr size_t MaxResults = 25000;
constexpr size_t MaxLocationsPerResult = 1000;
constexpr size_t MaxFlowLocations = 10000;

struct SarifRun {
  /// Files under it get URIs relative to %SRCROOT%.
  std::string SourceRoot;
  /// An absolute URI ending in '/', the base of the rules' help.
  std::string DocsBase = DefaultDocsBase.str();
  /// The LLVM version of the tool that ran, when known.
  std::string LlvmVersion;
  /// The tool's exit status.
  int ExitCode = 0;
};

/// The log of \p Results.
llvm::json::Value sarifLog(llvm::ArrayRef<Result> Results, const SarifRun &Run,
                           SourceFiles &Sources);

/// Does \p Uri start with a scheme ("https:", "file:"), as SARIF requires
/// of helpUri and informationUri?
bool isAbsoluteUri(llvm::StringRef Uri);

/// Writes \p Log to \p Path, two spaces per level.
llvm::Error writeJson(const llvm::json::Value &Log, llvm::StringRef Path);

} // namespace clang::tidy::eventloop::output

#endif // EVENTLOOP_TIDY_OUTPUT_SARIFLOG_H
