//===--- ReportIndex.h - The index page of the HTML report ------*- C++ -*-===//
//
// index.html: how many findings each check, framework and file has, each
// a filter of the table below it; the table of the findings, in the run's
// order (by place), sortable by any column. Its script is a few lines
// inline; without it the page still lists every finding.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_TOOLS_DRIVER_REPORTINDEX_H
#define EVENTLOOP_TIDY_TOOLS_DRIVER_REPORTINDEX_H

#include "FindingPage.h"

namespace clang::tidy::eventloop {

struct IndexEntry {
  const HtmlFinding *F;
  std::string Page;
};

/// Writes the index of \p Entries; paths are shown below \p Root.
void writeIndex(llvm::raw_ostream &OS, llvm::ArrayRef<IndexEntry> Entries,
                const Program &P, llvm::StringRef Root);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_TOOLS_DRIVER_REPORTINDEX_H
