//===--- ObjectModes.h - Objects the code puts into a mode ------*- C++ -*-===//
//
// Some blocking calls stop blocking once their object is put into a mode:
// asio's `socket.non_blocking(true)` makes read_some fail with would_block
// instead of waiting (SinkRule::UnlessMode). This records, for the project
// code of a TU, which variables and fields are put into which mode, and
// which references refer to them: a reference field initialised from a
// constructor parameter, a reference parameter, a reference variable.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_OBJECTMODES_H
#define EVENTLOOP_TIDY_EXTRACT_OBJECTMODES_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::eventloop {

class ObjectModes {
public:
  /// Walks the code of \p Ctx that \p IsLibrary does not exclude, for calls
  /// `object.M(true)` with M one of \p Modes.
  static ObjectModes collect(ASTContext &Ctx, const llvm::StringSet<> &Modes,
                             llvm::function_ref<bool(const Decl *)> IsLibrary);

  /// Is \p D put into \p Mode? A reference is when every object it is seen
  /// to refer to is.
  bool isSet(const ValueDecl *D, llvm::StringRef Mode) const;

private:
  friend class ObjectModesCollector;
  bool isSet(const ValueDecl *D, llvm::StringRef Mode,
             llvm::SmallPtrSetImpl<const ValueDecl *> &Seen) const;

  llvm::DenseMap<const ValueDecl *, llvm::StringSet<>> Set;
  /// reference -> what it refers to; a null entry: something unknown.
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 2>>
      RefersTo;
};

} // namespace clang::tidy::eventloop

#endif // EVENTLOOP_TIDY_EXTRACT_OBJECTMODES_H
