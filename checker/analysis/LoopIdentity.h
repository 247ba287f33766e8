//===--- LoopIdentity.h - Which loop object an expression names -*- C++ -*-===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_LOOPIDENTITY_H
#define EVENTLOOP_TIDY_ANALYSIS_LOOPIDENTITY_H

#include "CallGraph.h"
#include <string>

namespace clang::tidy::eventloop {

/// A loop object as far as the TU shows it.
struct LoopIdentity {
  /// Equal keys name the same loop: a variable, a field, a parameter, or a
  /// default-loop rule (every `uv_default_loop()` is one loop).
  const void *Key = nullptr;
  std::string Name;
  /// The function whose local variable the loop is, if it is one.
  const DeclContext *LocalTo = nullptr;
  /// The loop was created right here (`uv_loop_new()`, `new QEventLoop`).
  bool Made = false;
  /// Unresolved: the loop is this parameter of the enclosing function.
  const ParmVarDecl *Param = nullptr;
};

/// Resolves \p E through references, handles bound to loops (`steady_timer
/// t(io)`, `uv_timer_init(loop, &t)`), executors (`io.get_executor()`) and
/// default-loop calls.
LoopIdentity resolveLoop(const Expr *E, const CallGraph &G,
                         const ModelIndex &Models,
                         const FrameworkModel *Model = nullptr);

/// The framework's default loop (FrameworkModel::NullLoop), or nothing.
LoopIdentity defaultLoopOf(const FrameworkModel *Model,
                           const ModelIndex &Models);

/// The argument that a call site passes for \p Param, or null.
const Expr *argumentFor(const CallSite &Site, const ParmVarDecl *Param);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_LOOPIDENTITY_H
