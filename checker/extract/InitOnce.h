//===--- InitOnce.h - Code that runs once -----------------------*- C++ -*-===//
//
// A function-local static is filled the first time its function runs: in
// its initialiser (`static const Info I = probe();`), or in a branch that
// its own emptiness guards and that fills it
// (`static Info I; if (!I.isValid()) probe(I);`). What that code calls runs
// once per process (or until it succeeds), typically at start-up, not on
// every callback's path: a cached probe is not a blocking call of each
// caller. The builder walks such code without adding its calls to the graph
// (registrations in it still count).
//
// A branch that a flag of the object guards and sets
// (`if (!Started) { open(); Started = true; }`) runs once per object: the
// first time a method of it runs. Its sites say so
// (facts::Site::OncePerObject), and the linked program leaves them out of a
// method that a thread's start runs first (Program.h).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_INITONCE_H
#define EVENTLOOP_TIDY_EXTRACT_INITONCE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::eventloop {

/// The function-local static that \p S's condition reads and its then-branch
/// writes (assigns, passes by non-const reference, calls a non-const method
/// of), or null: the branch fills the static once.
const VarDecl *filledOnceBy(const IfStmt &S);

/// The field of `this` that \p S's condition finds unset (`!Started`,
/// `Db == nullptr`, either operand of an `&&`) and its then-branch assigns,
/// or null: the branch runs once per object.
const FieldDecl *setOncePerObjectBy(const IfStmt &S);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_INITONCE_H
