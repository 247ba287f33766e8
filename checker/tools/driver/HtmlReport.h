//===--- HtmlReport.h - The findings as a static HTML report ----*- C++ -*-===//
//
// run-eventloop-tidy --html DIR: index.html lists the findings, grouped by
// check, framework and file, sortable; each finding has a page of its own
// (FindingPage.h) named by a fingerprint of what it says, so that a link
// to it outlives edits elsewhere. No server and nothing from elsewhere:
// the folder reads offline. The same run writes the same bytes.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_HTMLREPORT_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_HTMLREPORT_H

#include "FindingPage.h"

namespace clang::tidy::eventloop {

/// Writes the report of \p Findings (in the order of the run) into \p Dir,
/// made if missing; the pages of an earlier report there are replaced. A
/// finding's page is named by its check without the module's prefix and
/// its fingerprint (output/Fingerprint.h):
/// `blocking-call-0123456789abcdef0123456789abcdef.html`, with `-2`, `-3`
/// for the second and third finding that read the same.
llvm::Error writeHtmlReport(llvm::StringRef Dir,
                            llvm::ArrayRef<HtmlFinding> Findings,
                            const Program &P, SourceFiles &Sources);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_HTMLREPORT_H
