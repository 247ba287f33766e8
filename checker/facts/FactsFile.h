//===--- FactsFile.h - Facts on disk ----------------------------*- C++ -*-===//
//
// A TU's facts as bytes: compact, fast to read, and byte-identical for the
// same facts, so that a build cache can serve them. The form: a header
// (magic, format version, the models' fingerprint), one table of the
// distinct strings in first-use order, then each table of the facts with
// numbers as LEB128 and strings as indices into the string table. Reading
// copies nothing: strings point into the file's buffer. Why this form, and
// its measured size and speed: docs/architecture.md.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_FACTS_FACTSFILE_H
#define EVENTLOOP_TIDY_FACTS_FACTSFILE_H

#include "Facts.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>

namespace clang::tidy::eventloop::facts {

/// Facts read from bytes, with the bytes they point into.
struct LoadedFacts {
  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  TUFacts Facts;
};

/// What facts depend on besides the TU: the models compiled into the tool
/// and the user's options. Facts written under another stamp are stale.
struct FactsStamp {
  uint64_t Models = 0;
  uint64_t Options = 0;
  friend bool operator==(const FactsStamp &A, const FactsStamp &B) {
    return A.Models == B.Models && A.Options == B.Options;
  }
};

/// The facts version (FactsStamp::Models) of facts file bytes, or 0.
uint64_t factsVersion(llvm::StringRef Bytes);

/// The bytes of \p Facts.
std::string writeFacts(const TUFacts &Facts, const FactsStamp &Stamp);

/// The facts in \p Buffer, or an error saying why they cannot be read
/// (another format, another stamp when \p Expected is given, truncated).
llvm::Expected<std::unique_ptr<LoadedFacts>>
readFacts(std::unique_ptr<llvm::MemoryBuffer> Buffer,
          const FactsStamp *Expected = nullptr);

} // namespace clang::tidy::eventloop::facts

#endif // EVENTLOOP_TIDY_FACTS_FACTSFILE_H
