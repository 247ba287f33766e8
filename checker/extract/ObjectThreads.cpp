//===--- ObjectThreads.cpp - The thread of an object's callbacks ----------===//

#include "ObjectThreads.h"
#include "../analysis/ModelIndex.h"
#include "BranchConditions.h"
#include "NamedMember.h"

namespace clang::tidy::eventloop {

namespace {

/// The kind of the first enumerator in \p E that the models name:
/// `Qt::QueuedConnection | Qt::UniqueConnection` is queued.
std::optional<facts::ConnectionType> namedKind(const Stmt *E,
                                               const ModelIndex &Models) {
  if (!E)
    return std::nullopt;
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    return namedKind(Default->getExpr(), Models);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl());
    if (!Enumerator)
      return std::nullopt;
    if (ModelIndex::names(Models.DirectConnections, Enumerator))
      return facts::ConnectionType::Direct;
    if (ModelIndex::names(Models.QueuedConnections, Enumerator))
      return facts::ConnectionType::Queued;
    if (ModelIndex::names(Models.AutomaticConnections, Enumerator))
      return facts::ConnectionType::Automatic;
    return std::nullopt;
  }
  for (const Stmt *Child : E->children())
    if (auto Kind = namedKind(Child, Models))
      return Kind;
  return std::nullopt;
}

/// Is \p T the type named \p TypeName?
bool isNamedType(QualType T, llvm::StringRef TypeName) {
  const TagDecl *Tag = T.getNonReferenceType()->getAsTagDecl();
  return Tag && qualifiedName(Tag) == TypeName;
}

} // namespace

facts::ConnectionType connectionType(const CallExpr *Call,
                                     llvm::StringRef TypeName,
                                     const ModelIndex &Models) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (TypeName.empty() || !Callee)
    return facts::ConnectionType::Unsaid;
  unsigned Params = std::min(Callee->getNumParams(), Call->getNumArgs());
  for (unsigned I = 0; I < Params; ++I)
    if (isNamedType(Callee->getParamDecl(I)->getType(), TypeName))
      return namedKind(Call->getArg(I), Models)
          .value_or(facts::ConnectionType::Unsaid);
  return facts::ConnectionType::Automatic;
}

const CXXRecordDecl *movedClass(const CXXMemberCallExpr *Call,
                                const ModelIndex &Models) {
  if (Call->getNumArgs() > 0 && isMainThread(Call->getArg(0), Models))
    return nullptr;
  return classOf(Call->getImplicitObjectArgument());
}

} // namespace clang::tidy::eventloop
