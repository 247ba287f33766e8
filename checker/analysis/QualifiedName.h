//===--- QualifiedName.h - Names as the models write them -------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_QUALIFIEDNAME_H
#define EVENTLOOP_TIDY_ANALYSIS_QUALIFIEDNAME_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang::tidy::eventloop {

/// The qualified name of \p D without template arguments, inline namespaces
/// or anonymous scopes: "boost::asio::io_context::run", "std::future::get".
std::string qualifiedName(const NamedDecl *D);

/// The last part of \p D's name ("run", "operator()", "thread" for a
/// constructor of std::thread): the key under which rules are indexed.
std::string lastNamePart(const NamedDecl *D);

/// Does \p Pattern (see Model.h) match \p Name?
bool matchesName(llvm::StringRef Pattern, llvm::StringRef Name);

/// Does any of the comma-separated \p Patterns match \p Name?
bool matchesAnyName(llvm::StringRef Patterns, llvm::StringRef Name);

/// The last part of \p Pattern, or "" when that part holds a wildcard.
llvm::StringRef patternKey(llvm::StringRef Pattern);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_QUALIFIEDNAME_H
