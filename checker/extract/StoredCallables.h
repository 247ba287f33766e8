//===--- StoredCallables.h - Callables kept in fields ----------*- C++ -*-===//
//
// A callback is often not called where it is named: it is stored into a
// struct's function pointer (`peer->dispatchcb = cb`), a std::function
// member, a global, a table of function pointers or a vector of
// std::function, and called through it elsewhere, in another function or
// another TU. Field-based: every callable stored into a storage (a field of
// a record type, a global, a container variable) is a possible target of a
// call through that storage. This piece says which storage an expression
// names, for stores and for calls; the program (analysis/Program.h) joins
// them.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_STOREDCALLABLES_H
#define EVENTLOOP_TIDY_EXTRACT_STOREDCALLABLES_H

#include "../analysis/ModelIndex.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::eventloop {

/// Can a value of type \p T be called, or hold callables (a container of
/// them, an array of function pointers)?
bool holdsCallables(QualType T);

class StoredCallables {
public:
  explicit StoredCallables(const ModelIndex &Models) : Models(Models) {}

  /// The storage an lvalue names when a callable is stored into it: a field
  /// or a global of a type that holds callables (`peer->dispatchcb`,
  /// `handlers[i]`, `g_on_tick`), or null.
  const ValueDecl *storageOf(const Expr *LHS) const;

  /// The storage whose callable a call runs, given the call's callee
  /// expression (or, for `f()` on a functor, its object): a field or global
  /// through the same forms, a local copied from one (`auto cb =
  /// peer->cb; cb()`), the element of a range-for over one (`for (auto &f :
  /// handlers) f()`), or a local container; null when the callee is
  /// something else.
  const ValueDecl *callThrough(const Expr *Callee) const;

  /// The storage a member call `c.push_back(x)` (emplace_back, push_front,
  /// insert, emplace...) puts its argument into, or null.
  const ValueDecl *containerOf(const CXXMemberCallExpr *Call) const;

  /// Remembers the range of a range-for, for calls through its variable.
  void noteRangeFor(const CXXForRangeStmt *S);

private:
  const ValueDecl *named(const Expr *E, bool Calls, unsigned Depth) const;
  const ModelIndex &Models;
  llvm::DenseMap<const VarDecl *, const Expr *> RangeOf;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_STOREDCALLABLES_H
