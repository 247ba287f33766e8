//===--- BranchConditions.h - What an if's condition fixes ------*- C++ -*-===//
//
// What the condition of an `if` says about the calls in its branches: that
// a parameter of the function has a value there (`if (transformKey)`, the
// else of `if (!accepted)`, `if (key == Config::KeeShare_Active)`), and that
// the object is not being constructed there (`if (isVisible())` on `this`:
// FrameworkModel::FalseWhileConstructing). The linked program then leaves those
// calls out of a call that passes the other value as a constant, and out of a
// constructor's calls on the object it makes (Program.h). And that the
// branch runs off the main thread (the else of `if (QThread::currentThread()
// == qApp->thread())`): the extraction takes its calls for no edges. And
// that the branch runs only for the user's input (`if (event->type() ==
// QEvent::KeyPress)` in an event filter).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_BRANCHCONDITIONS_H
#define EVENTLOOP_TIDY_EXTRACT_BRANCHCONDITIONS_H

#include "../facts/Facts.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace clang::tidy::eventloop {

class ModelIndex;

/// Parameters of the function being walked that its body never writes:
/// their value at any branch is the one the call passed. Memoised.
class ReadOnlyParameters {
public:
  bool contains(const ParmVarDecl *P);

private:
  llvm::DenseMap<const ParmVarDecl *, bool> Known;
};

/// The values \p Cond gives parameters of \p FD in the branch it takes:
/// with \p Then, each operand of an `&&` that is `P`, `!P`, `P == E` or
/// `P != E`; in the else branch, the condition itself when it is one. P is
/// a parameter of \p FD: a bool, an integer, an enumeration or a pointer
/// (compared with a constant E, or tested for 0, a pointer for null).
/// Whether FD writes P (then the condition says nothing of the value
/// passed) is the caller's to ask, for the conditions it keeps
/// (ReadOnlyParameters).
llvm::SmallVector<facts::ParamCondition, 2>
parameterConditions(const Expr *Cond, const FunctionDecl *FD, bool Then);

/// The constant \p E is, in its type (with its conversions: a call's
/// argument as the parameter receives it): an integer constant expression
/// of an integer, enumeration or bool type, or a null pointer (0).
std::optional<int64_t> constantValue(const Expr *E, ASTContext &Ctx);

/// The enumerator that \p E names (`Qt::BlockingQueuedConnection`), if it
/// names one.
const EnumConstantDecl *enumeratorOf(const Expr *E);

/// Is \p E the main thread: the thread of the application object
/// (`qApp->thread()`, `QCoreApplication::instance()->thread()`:
/// FrameworkModel::ObjectThreadCalls on ApplicationClasses)?
bool isMainThread(const Expr *E, const ModelIndex &Models);

/// Is the branch of \p Cond (the then branch with \p Then, else the else
/// branch) taken only off the main thread? So it is when the branch needs
/// a main-thread test (`QThread::currentThread() == qApp->thread()`, or
/// `!=`: FrameworkModel::CurrentThreadCalls, ObjectThreadCalls,
/// ApplicationClasses) to be false, through `!`, `&&` and `||`.
bool offMainThread(const Expr *Cond, bool Then, const ModelIndex &Models);

/// Is \p E a call that returns an event's type (`event->type()`:
/// FrameworkModel::EventTypeCalls)?
bool isEventType(const Expr *E, const ModelIndex &Models);

/// Is \p E an event type of the user's own input (`QEvent::KeyPress`:
/// FrameworkModel::UserInputEvents)?
bool isUserInputEvent(const Expr *E, const ModelIndex &Models);

/// Is the branch of \p Cond (the then branch with \p Then, else the else
/// branch) taken only for events of the user's input? So it is when it
/// needs `event->type() == QEvent::KeyPress` (or `!=` false), for one of
/// the user's input events, through `!`, `&&` and `||`.
bool userInputOnly(const Expr *Cond, bool Then, const ModelIndex &Models);

/// Is \p Cond, or an operand of its `&&`, a call on `this` of a method that
/// is false while the object is being constructed?
bool falseWhileConstructing(const Expr *Cond, const ModelIndex &Models);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_BRANCHCONDITIONS_H
