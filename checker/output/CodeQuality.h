//===--- CodeQuality.h - Results as a GitLab Code Quality report -*- C++
//-*-===//
//
// GitLab shows a merge request's new and fixed findings from a Code Quality
// report: a JSON array of issues, each with a description, check_name,
// fingerprint, severity and location (path relative to the repository,
// lines.begin). The fingerprint is the one SARIF carries, stable when lines
// shift, so that GitLab does not report a moved finding as fixed and new.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_CODEQUALITY_H
#define EVENTLOOP_TIDY_OUTPUT_CODEQUALITY_H

#include "Result.h"
#include "SourceFiles.h"
#include "llvm/Support/JSON.h"

namespace clang::tidy::eventloop::output {

/// The report of \p Results; paths relative to \p SourceRoot (results in
/// files outside it keep their absolute paths).
llvm::json::Value codeQualityReport(llvm::ArrayRef<Result> Results,
                                    llvm::StringRef SourceRoot,
                                    SourceFiles &Sources);

} // namespace clang::tidy::eventloop::output

#endif // EVENTLOOP_TIDY_OUTPUT_CODEQUALITY_H
