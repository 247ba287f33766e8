//===--- ASTGraph.h - What one pass over a TU's AST collects ----*- C++ -*-===//
//
// The extraction's first step: one pass over every function body of the TU
// that is not library code. Each call, construction, destruction or
// hand-over of a callable is a CallSite; a site may name functions (defined
// in this TU or not), be a sink of a model (a loop run, a blocking call, a
// synchronous client), or register callbacks with a loop (which makes them
// roots). Library functions are never walked into. Nothing is linked here:
// the program (analysis/Program.h) links the facts this becomes, of one TU
// or of many.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_ASTGRAPH_H
#define EVENTLOOP_TIDY_EXTRACT_ASTGRAPH_H

#include "../analysis/ModelIndex.h"
#include "../facts/Facts.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::eventloop {

using facts::SiteKind;

/// One place in a function body where control may go elsewhere.
struct CallSite {
  unsigned Caller;         ///< node index
  const Expr *E = nullptr; ///< the call, construction, ...
  SourceLocation Loc;
  SiteKind Kind = SiteKind::Call;
  /// The functions it leads to, defined in this TU or only declared.
  llvm::SmallVector<const FunctionDecl *, 1> Callees;
  /// A virtual call: the overriders of this method are callees too.
  const CXXMethodDecl *VirtualOf = nullptr;
  /// A call through a field, a global or a container that holds callables
  /// (StoredCallables.h): whatever is stored there runs.
  const ValueDecl *Through = nullptr;
  /// The function named at the site (a library function when Sink is set).
  const FunctionDecl *Named = nullptr;
  /// A sink's method inherited by the object's class, matched by a rule of
  /// that class (`box.exec()` on a QMessageBox): the class that names it.
  const CXXRecordDecl *NamedThrough = nullptr;
  /// For PassCallable: the function the callable is handed to.
  const FunctionDecl *PassedTo = nullptr;
  /// For PassCallable to project code without a body here: that function,
  /// whose body elsewhere may show what it does with the callable.
  const FunctionDecl *AssumedFor = nullptr;
  ModelRule<SinkRule> Sink;
  /// A construction of a listed synchronous client.
  ModelRule<SyncClientRule> Client;
  const CXXRecordDecl *Constructed = nullptr;
  /// The object made belongs to the thread that makes it
  /// (FrameworkModel::ThreadAffineClasses).
  bool ThreadAffine = false;
  /// A blocking wait on the result of an offload (`std::async(...).get()`):
  /// the cure itself, never reported.
  bool WaitsOnOffload = false;
  /// A wait on a future that has finished here (ReadyFutures.h): it returns
  /// at once, never reported.
  bool FutureReady = false;
  /// A call of a method or a constructor: the class of the object it runs
  /// on (the object expression's static type, the class constructed), and
  /// whether that object is the caller's own `this` (`f()`, `this->f()`,
  /// a base class's constructor).
  const CXXRecordDecl *Receiver = nullptr;
  bool OnThis = false;
  /// Under a condition that is false while `this` is being constructed
  /// (FrameworkModel::FalseWhileConstructing).
  bool UnlessConstructing = false;
  /// In a branch that a flag of `this` guards and sets: once per object
  /// (facts::Site::OncePerObject).
  bool OncePerObject = false;
  /// Past its function's re-entrancy guard (ReentryGuards.h):
  /// facts::Site::ReentryGuarded.
  bool ReentryGuarded = false;
  /// In a branch for the user's input events only (`if (event->type() ==
  /// QEvent::KeyPress)`: FrameworkModel::UserInputEvents).
  bool UserInput = false;
  /// Runs only when these parameters of the caller have these values.
  llvm::SmallVector<facts::ParamCondition, 1> OnlyIf;
};

/// Why a function is loop code.
struct Root {
  const FunctionDecl *FD = nullptr;
  /// Where it was registered (the registering call), or the function itself
  /// for code that is loop code by nature.
  SourceLocation Loc;
  /// The registering API ("uv_timer_start"), empty for loop code by nature.
  std::string Api;
  /// For loop code by nature: the note text.
  std::string Why;
  /// What starts it (RegistrationRule::Trigger): Qt's signal.
  std::string Trigger;
  /// The trigger, when it is the project's own method (a signal that its
  /// code emits).
  const FunctionDecl *ProjectTrigger = nullptr;
  bool UserInput = false;
  /// A slot that a window the user works in connected to itself, a
  /// dialog's own show event, a call that a widget's constructor queued on
  /// itself once (FrameworkModel::UserWindows and Widgets).
  bool UserWindow = false;
  /// Registered by a thread hop: in the branch of a main-thread test for
  /// other threads (BranchConditions.h).
  bool FromOtherThread = false;
  /// Started on a new thread before its loop (facts::Root::BeforeLoop).
  bool BeforeLoop = false;
  /// Runs once, soon after the registering code (RegistrationRule::Once).
  bool Once = false;
  /// How the registration runs it (RegistrationRule::ConnectionType).
  facts::ConnectionType Runs = facts::ConnectionType::Unsaid;
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
  /// A connection: the class of the sender object (its static type, or the
  /// class the signal is named through when that derives from it), and of
  /// the object a member function callback runs on.
  const CXXRecordDecl *Sender = nullptr;
  const CXXRecordDecl *Receiver = nullptr;
};

/// A parameter through which a function calls, or registers with a loop,
/// whatever callable its callers pass.
struct ParameterUse {
  unsigned Node;
  unsigned Index;
  bool Registers;
  /// For registrations: the rule's model and loop operand.
  const FrameworkModel *Model = nullptr;
  const Expr *LoopExpr = nullptr;
  /// The operand the callback receives (RegistrationRule::PassedOperand).
  const Expr *PassedExpr = nullptr;
  int PassedParameter = -1;
  /// Only the user's own input fires what it registers with.
  bool UserInput = false;
};

/// A callable stored into a field, a global or a container.
struct StoreSite {
  const ValueDecl *Storage;
  /// The node whose body stores it, ~0u at global scope.
  unsigned In;
  SourceLocation Loc;
  const Expr *Value;
};

struct FunctionNode {
  const FunctionDecl *FD;
  std::vector<unsigned> Sites; ///< in source order
};

/// A handle's loop, learned from a call.
struct Binding {
  const Expr *LoopExpr;
  unsigned In; ///< node whose body holds LoopExpr, ~0u at global scope
  /// The framework of the binding rule (what a null loop means).
  const FrameworkModel *Model = nullptr;
};

class ASTGraph {
public:
  /// Functions whose bodies were walked.
  std::vector<FunctionNode> Nodes;
  std::vector<CallSite> Sites;
  /// Registered callbacks in the order they were registered, then loop code
  /// by nature.
  std::vector<Root> Roots;
  std::vector<ParameterUse> ParameterUses;
  std::vector<StoreSite> Stores;
  /// The project's classes whose objects the TU moves to another thread
  /// (ObjectThreads.h).
  llvm::SmallSetVector<const CXXRecordDecl *, 4> MovedClasses;
  /// handle variable or field -> the loop it was bound to.
  llvm::DenseMap<const ValueDecl *, Binding> HandleLoops;
  /// promise variable or field -> nodes that complete it (set_value).
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<unsigned, 2>> Completers;

  /// The node of \p FD, if its body was walked.
  std::optional<unsigned> nodeOf(const FunctionDecl *FD) const;
  const FunctionDecl *function(unsigned Node) const { return Nodes[Node].FD; }

  /// Walks \p Ctx's translation unit: each of its top-level declarations,
  /// or only \p TopLevel when given (TopLevelDecls.h).
  static ASTGraph
  build(ASTContext &Ctx, const ModelIndex &Models,
        std::optional<llvm::ArrayRef<Decl *>> TopLevel = std::nullopt);

  llvm::DenseMap<const FunctionDecl *, unsigned> NodeIndex;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_ASTGRAPH_H
