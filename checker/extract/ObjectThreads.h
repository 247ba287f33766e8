//===--- ObjectThreads.h - The thread of an object's callbacks --*- C++ -*-===//
//
// A QObject's slots run on the loop of the thread it lives on: the thread
// that made it, or the one it was moved to (`core->moveToThread(thread)`).
// A connection's type says when its slot runs: at once on the emitting
// thread (Qt::DirectConnection), later on the receiver's loop
// (Qt::QueuedConnection), or the automatic way, at once when the receiver
// lives on the emitting thread. The extraction records the classes that a
// TU moves and the type each registration names; the linked program decides
// which connections are calls (Program.h).
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_OBJECTTHREADS_H
#define EVENTLOOP_TIDY_EXTRACT_OBJECTTHREADS_H

#include "../facts/Facts.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::eventloop {

class ModelIndex;

/// How \p Call runs its callback, as its operand of the type \p TypeName
/// says (RegistrationRule::ConnectionType): automatically when it has no
/// such operand, nothing when the operand is no enumerator the models name.
facts::ConnectionType connectionType(const CallExpr *Call,
                                     llvm::StringRef TypeName,
                                     const ModelIndex &Models);

/// The class of the object that \p Call, a call of
/// FrameworkModel::ThreadMoves, moves to another thread; null when the
/// thread is the main one (`moveToThread(qApp->thread())`).
const CXXRecordDecl *movedClass(const CXXMemberCallExpr *Call,
                                const ModelIndex &Models);

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_OBJECTTHREADS_H
