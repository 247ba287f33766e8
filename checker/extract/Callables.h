//===--- Callables.h - Which functions a callable operand runs --*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_EXTRACT_CALLABLES_H
#define EVENTLOOP_TIDY_EXTRACT_CALLABLES_H

#include "../analysis/ModelIndex.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::eventloop {

struct CallableTargets {
  /// The functions that run when the callable is invoked.
  llvm::SmallVector<const FunctionDecl *, 2> Functions;
  /// The callable was wrapped for another thread on the way
  /// (`bind_executor(pool, h)`): it does not run where it is handed.
  bool Offloaded = false;
};

/// Looks through lambdas, function names and pointers, functor objects and
/// the models' wrappers (std::bind, asio::bind_executor, py::cpp_function)
/// to the functions that \p E will run.
CallableTargets resolveCallable(const Expr *E, const ModelIndex &Models);

/// Does \p E look like a callable at all (function, lambda, functor)?
bool isCallableOperand(const Expr *E);

/// Can the analysis look into \p E? Not into what clang's error recovery
/// built: an expression that contains errors, or is type-dependent outside
/// a template, may hold nodes without a type (the ParenListExpr that
/// initialises `Handler h(undeclared(), 1)`). Such an operand names nothing.
bool isAnalysable(const Expr *E);

/// The argument of \p Call selected by \p Index (an index or ObjectOperand),
/// or null, also when the argument is not analysable.
const Expr *operandOf(const Expr *Call, int Index);

/// The parameter of \p Owner that \p E passes on unchanged (through copies,
/// conversions, std::move, std::function), or null.
const ParmVarDecl *passedParameter(const Expr *E, const FunctionDecl *Owner);

/// The variable or field an lvalue expression names, through `&`, `*` and
/// implicit conversions, or null.
const ValueDecl *namedObject(const Expr *E);

/// The field of `this` that \p E names (`Started`, `this->Started`), or
/// null.
const FieldDecl *fieldOfThis(const Expr *E);

/// The arguments of \p Call, without the implicit object of a member
/// operator call, and without default arguments the caller did not write.
llvm::SmallVector<const Expr *, 4> writtenArgs(const Expr *Call);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_CALLABLES_H
