//===--- FactoryConstructors.h - What a factory makes ----------*- C++ -*-===//
//
// `std::make_shared<T>(args...)` makes a T from args, but which constructor
// of T runs is chosen inside the library's templates: libstdc++'s
// make_shared is seven calls deep (allocate_shared, the constructors of the
// shared pointer and of its control block, allocator_traits::construct,
// construct_at). The instantiated bodies are in the AST, and the
// construction of T in them names the constructor that overload resolution
// chose: CopyQ's `std::make_shared<ClientSocket>(socket)` runs
// `ClientSocket(QLocalSocket *)`, not the class's other constructor, which
// waits for a server.
//
//===----------------------------------------------------------------------===//

#ifndef EVENTLOOP_TIDY_EXTRACT_FACTORYCONSTRUCTORS_H
#define EVENTLOOP_TIDY_EXTRACT_FACTORYCONSTRUCTORS_H

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::eventloop {

/// The constructors of \p RD that the instantiated body of \p Factory runs,
/// in that body or in the functions and constructors it calls (a bounded
/// search). Empty when the instantiation is not in the AST (code in error)
/// or makes no \p RD.
llvm::SmallVector<const CXXConstructorDecl *, 1>
factoryConstructors(const FunctionDecl *Factory, const CXXRecordDecl *RD);

} // namespace clang::tidy::eventloop

#endif
