//===--- CallGraph.h - Calls, sinks and registrations of one TU -*- C++ -*-===//
//
// The call graph is built over every function body of the translation unit
// that is not in a system header. Each call, construction, destruction or
// hand-over of a callable is a CallSite; a site may lead into functions of
// the TU (edges), be a sink of a model (a loop run, a blocking call, a
// synchronous client), or register callbacks with a loop (which makes them
// roots). Library functions are never walked into.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_ANALYSIS_CALLGRAPH_H
#define EVENTLOOP_TIDY_ANALYSIS_CALLGRAPH_H

#include "ModelIndex.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

/// How a site leads into the functions it names.
enum class SiteKind {
  Call,         ///< a call, direct, virtual or through a known pointer
  Construct,    ///< a constructor runs (a variable, a temporary, new)
  Destroy,      ///< a destructor runs (delete, end of a variable's scope)
  PassCallable, ///< a callable is handed to code that may call it
};

/// One place in a function body where control may go elsewhere.
struct CallSite {
  unsigned Caller;         ///< node index
  const Expr *E = nullptr; ///< the call, construction, ...
  SourceLocation Loc;
  SiteKind Kind = SiteKind::Call;
  llvm::SmallVector<unsigned, 1> Callees; ///< node indices
  /// The function named at the site (a library function when Sink is set).
  const FunctionDecl *Named = nullptr;
  /// For PassCallable: the function the callable is handed to.
  const FunctionDecl *PassedTo = nullptr;
  ModelRule<SinkRule> Sink;
  /// A construction of a listed synchronous client.
  ModelRule<SyncClientRule> Client;
  const CXXRecordDecl *Constructed = nullptr;
  /// A blocking wait on the result of an offload (`std::async(...).get()`):
  /// the cure itself, never reported.
  bool WaitsOnOffload = false;
};

/// Why a function is loop code.
struct Root {
  unsigned Node;
  /// Where it was registered (the registering call), or the function itself
  /// for code that is loop code by nature.
  SourceLocation Loc;
  /// The registering API ("uv_timer_start"), empty for loop code by nature.
  std::string Api;
  /// For loop code by nature: the note text.
  std::string Why;
  /// The loop the registration names, and the function it was named in.
  const Expr *LoopExpr = nullptr;
  unsigned RegisteredIn = ~0u;
  const FrameworkModel *Model = nullptr;
  /// The registration names no loop: the framework's default loop runs it.
  bool OnDefaultLoop = false;
  /// The callback's parameter that the loop passes itself in, or -1.
  int LoopParameter = -1;
  /// The callback's parameter that receives PassedExpr, an operand of the
  /// registration (RegistrationRule::PassedOperand), or -1.
  int PassedParameter = -1;
  const Expr *PassedExpr = nullptr;
};

struct FunctionNode {
  const FunctionDecl *FD;
  std::vector<unsigned> Sites;      ///< in source order
  std::vector<unsigned> CalledFrom; ///< sites whose Callees hold this node
};

/// A handle's loop, or a promise's completer, learned from a call.
struct Binding {
  const Expr *LoopExpr;
  unsigned In; ///< node whose body holds LoopExpr, ~0u at global scope
  /// The framework of the binding rule (what a null loop means).
  const FrameworkModel *Model = nullptr;
};

class CallGraph {
public:
  std::vector<FunctionNode> Nodes;
  std::vector<CallSite> Sites;
  std::vector<Root> Roots;
  /// handle variable or field -> the loop it was bound to.
  llvm::DenseMap<const ValueDecl *, Binding> HandleLoops;
  /// promise variable or field -> nodes that complete it (set_value).
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<unsigned, 2>> Completers;

  /// The node of \p FD, if its body is in the graph.
  std::optional<unsigned> nodeOf(const FunctionDecl *FD) const;
  const FunctionDecl *function(unsigned Node) const { return Nodes[Node].FD; }

  /// Builds the graph of \p Ctx's translation unit.
  static CallGraph build(ASTContext &Ctx, const ModelIndex &Models);

  llvm::DenseMap<const FunctionDecl *, unsigned> NodeIndex;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_ANALYSIS_CALLGRAPH_H
