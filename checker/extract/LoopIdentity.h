//===--- LoopIdentity.h - Which loop object an expression names -*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_EXTRACT_LOOPIDENTITY_H
#define EVENTLOOP_TIDY_EXTRACT_LOOPIDENTITY_H

#include "ASTGraph.h"
#include <string>

namespace clang::tidy::eventloop {

/// A loop object as far as the TU shows it.
struct LoopIdentity {
  /// What the loop is; at most one is set. Equal ones name the same loop.
  /// A variable, a field or a parameter:
  const ValueDecl *Decl = nullptr;
  /// A loop made by this expression (`uv_loop_new()`, `new QEventLoop`):
  const Expr *MadeAt = nullptr;
  /// A framework's default loop (every `uv_default_loop()` is one loop):
  llvm::StringRef Default;
  /// A null operand whose framework was not known.
  bool Null = false;
  std::string Name;
  /// The function whose local variable the loop is, if it is one.
  const DeclContext *LocalTo = nullptr;
  /// The loop was created right here (`uv_loop_new()`, `new QEventLoop`).
  bool Made = false;
  /// Unresolved: the loop is this parameter of the enclosing function.
  const ParmVarDecl *Param = nullptr;

  bool known() const { return Decl || MadeAt || !Default.empty(); }
};

/// Resolves \p E through references, handles bound to loops (`steady_timer
/// t(io)`, `uv_timer_init(loop, &t)`), executors (`io.get_executor()`) and
/// default-loop calls.
LoopIdentity resolveLoop(const Expr *E, const ASTGraph &G,
                         const ModelIndex &Models,
                         const FrameworkModel *Model = nullptr);

/// The framework's default loop (FrameworkModel::NullLoop), or nothing.
LoopIdentity defaultLoopOf(const FrameworkModel *Model,
                           const ModelIndex &Models);

/// The argument that \p Call passes for its callee's parameter number
/// \p Index, or null.
const Expr *argumentFor(const Expr *Call, unsigned Index);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_LOOPIDENTITY_H
