//===--- Describe.h - How diagnostics name code -----------------*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_EXTRACT_DESCRIBE_H
#define EVENTLOOP_TIDY_EXTRACT_DESCRIBE_H

#include "../analysis/ModelIndex.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <string>

namespace clang::tidy::eventloop {

/// Where a diagnostic about the call \p E goes: the called name
/// (`run` in `io.run()`), or the start of an operator call.
SourceLocation siteLocation(const Expr *E);

/// How messages name a library API: a method as "Class::method", a free
/// function by its qualified name, an attribute-dispatched call by its
/// attribute ("run_until_complete"). \p Through, when set, is the class
/// whose rule matched a method it inherits, and names it
/// ("QMessageBox::exec").
std::string apiName(const FunctionDecl *Callee, const Expr *Call = nullptr,
                    const ModelIndex *Models = nullptr,
                    const CXXRecordDecl *Through = nullptr);

/// How notes name a function of the TU, quotes included: "'refresh'",
/// "'Client::fetch'", or "the lambda"; an instantiation with its template
/// arguments: "'settle<int>'", "'Box<Job>::get'".
std::string describeFunction(const FunctionDecl *FD);

/// How notes name a class: "Tab", or an instantiation with its template
/// arguments, "Box<Job>".
std::string describeClass(const CXXRecordDecl *RD);

/// For an attribute-dispatched call (`obj.attr("name")(args)` with
/// pybind11; FrameworkModel::AttributeLookups): "name", qualified with the
/// module when obj is an import ("asyncio.run"); else empty.
std::string dispatchedName(const Expr *Call, const ModelIndex &Models);
llvm::StringRef dispatchedAttribute(const Expr *Call, const ModelIndex &Models);

/// Does a rule's Attribute ("call_soon", or "asyncio.run") match \p Call?
bool attributeMatches(llvm::StringRef RuleAttribute, const Expr *Call,
                      const ModelIndex &Models);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_DESCRIBE_H
