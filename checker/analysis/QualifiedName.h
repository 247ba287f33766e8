//===--- QualifiedName.h - Names as the models write them -------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_QUALIFIEDNAME_H
#define EVENTLOOP_TIDY_ANALYSIS_QUALIFIEDNAME_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::eventloop {

/// The qualified name of \p D without template arguments, inline namespaces
/// or anonymous scopes: "boost::asio::io_context::run", "std::future::get".
std::string qualifiedName(const NamedDecl *D);

/// The last part of \p D's name ("run", "operator()", "thread" for a
/// constructor of std::thread): the key under which rules are indexed.
std::string lastNamePart(const NamedDecl *D);

/// A qualified-name pattern of Model.h, split into its parts once. Matching
/// never backtracks more than one wildcard: its time is at most the product
/// of the pattern's and the name's lengths, however many `*` and `**` the
/// pattern holds, so a pattern in a shared configuration cannot stall a run.
class NamePattern {
public:
  /// \p Pattern must outlive this object.
  explicit NamePattern(llvm::StringRef Pattern);

  /// Does the pattern match the qualified name \p Name?
  bool matches(llvm::StringRef Name) const;

  llvm::StringRef text() const { return Text; }

private:
  llvm::StringRef Text;
  /// Parts in order; "**" stands for any number of name parts. An
  /// unanchored pattern starts with an implicit "**".
  llvm::SmallVector<llvm::StringRef, 4> Parts;
};

/// Does \p Pattern (see Model.h) match \p Name?
bool matchesName(llvm::StringRef Pattern, llvm::StringRef Name);

/// Why the user's \p Pattern can match no function or type name (a part
/// that is empty, a number, a keyword, or holds characters no name has), or
/// empty when it is a pattern.
std::string whyNotAPattern(llvm::StringRef Pattern);

/// Does any of the comma-separated \p Patterns match \p Name?
bool matchesAnyName(llvm::StringRef Patterns, llvm::StringRef Name);

/// The last part of \p Pattern, or "" when that part holds a wildcard.
llvm::StringRef patternKey(llvm::StringRef Pattern);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_QUALIFIEDNAME_H
