//===--- Fingerprint.h - A finding's identity across edits ------*- C++ -*-===//
//
// GitHub code scanning and GitLab match the results of two runs by a
// fingerprint, so that a finding that only moved is not closed and opened
// again. The fingerprint of a result hashes what stays when lines shift:
// its check, its file (relative to the source root), the function it is in,
// its message, and the notes of its path (the words, which name the
// functions on it and the callback's registration), with numbers and white
// space normalised. Results that agree in all of those are told apart by
// their order in the file.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_OUTPUT_FINGERPRINT_H
#define EVENTLOOP_TIDY_OUTPUT_FINGERPRINT_H

#include "Result.h"

namespace clang::tidy::eventloop::output {

/// One fingerprint per result, 32 hexadecimal digits: SHA-256 of the parts,
/// cut, then ":N" for the Nth (from 2) result with the same parts.
/// A result's file is named relative to \p SourceRoot when it is under it.
std::vector<std::string> fingerprints(llvm::ArrayRef<Result> Results,
                                      llvm::StringRef SourceRoot);

/// \p Text with every run of digits read as one "0" and every run of
/// white space as one space.
std::string normalisedText(llvm::StringRef Text);

} // namespace clang::tidy::eventloop::output

#endif // EVENTLOOP_TIDY_OUTPUT_FINGERPRINT_H
