//===--- QualifiedName.cpp - Names as the models write them ---------------===//

#include "QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::eventloop {

static bool isSkippedScope(const DeclContext *DC) {
  if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
    return NS->isInline() || NS->isAnonymousNamespace();
  return isa<LinkageSpecDecl>(DC) || isa<ExportDecl>(DC);
}

std::string lastNamePart(const NamedDecl *D) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    return Ctor->getParent()->getName().str();
  if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(D))
    return "~" + Dtor->getParent()->getName().str();
  // A plain identifier needs no printing (the common case, on every call).
  if (const IdentifierInfo *II = D->getIdentifier())
    return II->getName().str();
  return D->getDeclName().getAsString();
}

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 6> Parts;
  Parts.push_back(lastNamePart(D));
  for (const DeclContext *DC = D->getDeclContext();
       DC && !DC->isTranslationUnit(); DC = DC->getParent()) {
    if (isSkippedScope(DC))
      continue;
    const auto *ND = dyn_cast<NamedDecl>(DC);
    if (!ND)
      continue;
    // Lambdas and other unnamed classes do not appear in model names.
    if (ND->getDeclName().isEmpty())
      continue;
    const IdentifierInfo *II = ND->getIdentifier();
    Parts.push_back(II ? II->getName().str() : ND->getDeclName().getAsString());
  }
  std::string Result;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Result.empty())
      Result += "::";
    Result += *It;
  }
  return Result;
}

/// Glob match of one name part, with `*` matching any run of characters.
static bool matchesPart(llvm::StringRef Pattern, llvm::StringRef Part) {
  size_t Star = Pattern.find('*');
  if (Star == llvm::StringRef::npos)
    return Pattern == Part;
  llvm::StringRef Head = Pattern.substr(0, Star);
  if (!Part.starts_with(Head))
    return false;
  llvm::StringRef RestPattern = Pattern.substr(Star + 1);
  llvm::StringRef RestPart = Part.substr(Head.size());
  for (size_t I = 0; I <= RestPart.size(); ++I)
    if (matchesPart(RestPattern, RestPart.substr(I)))
      return true;
  return false;
}

static void splitParts(llvm::StringRef Text,
                       llvm::SmallVectorImpl<llvm::StringRef> &Parts) {
  while (!Text.empty()) {
    auto [Head, Tail] = Text.split("::");
    Parts.push_back(Head);
    Text = Tail;
  }
}

/// Matches the pattern parts [PI, end) against the name parts [NI, end).
static bool matchesFrom(llvm::ArrayRef<llvm::StringRef> P, size_t PI,
                        llvm::ArrayRef<llvm::StringRef> N, size_t NI) {
  if (PI == P.size())
    return NI == N.size();
  if (P[PI] == "**") {
    for (size_t Skip = NI; Skip <= N.size(); ++Skip)
      if (matchesFrom(P, PI + 1, N, Skip))
        return true;
    return false;
  }
  return NI < N.size() && matchesPart(P[PI], N[NI]) &&
         matchesFrom(P, PI + 1, N, NI + 1);
}

bool matchesName(llvm::StringRef Pattern, llvm::StringRef Name) {
  bool Anchored = Pattern.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 8> P, N;
  splitParts(Pattern, P);
  splitParts(Name, N);
  if (Anchored)
    return matchesFrom(P, 0, N, 0);
  // Unanchored: the pattern matches the name's last parts.
  for (size_t Start = 0; Start <= N.size(); ++Start)
    if (matchesFrom(P, 0, N, Start))
      return true;
  return false;
}

bool matchesAnyName(llvm::StringRef Patterns, llvm::StringRef Name) {
  llvm::SmallVector<llvm::StringRef, 4> List;
  Patterns.split(List, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Pattern : List)
    if (matchesName(Pattern.trim(), Name))
      return true;
  return false;
}

llvm::StringRef patternKey(llvm::StringRef Pattern) {
  size_t Sep = Pattern.rfind("::");
  llvm::StringRef Last =
      Sep == llvm::StringRef::npos ? Pattern : Pattern.substr(Sep + 2);
  return Last.contains('*') ? llvm::StringRef() : Last;
}

} // namespace clang::tidy::eventloop
