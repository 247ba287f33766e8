//===--- QualifiedName.cpp - Names as the models write them ---------------===//

#include "QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/LangOptions.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

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
/// On a mismatch only the last `*` seen takes one more character: whatever
/// an earlier `*` matched, the rest of the part can match after the last
/// one (the text between two stars is matched at its leftmost place).
static bool matchesPart(llvm::StringRef Pattern, llvm::StringRef Part) {
  size_t P = 0, N = 0;
  size_t Star = llvm::StringRef::npos, StarN = 0;
  while (N < Part.size()) {
    if (P < Pattern.size() && Pattern[P] == '*') {
      Star = P++;
      StarN = N;
    } else if (P < Pattern.size() && Pattern[P] == Part[N]) {
      ++P;
      ++N;
    } else if (Star != llvm::StringRef::npos) {
      P = Star + 1;
      N = ++StarN;
    } else {
      return false;
    }
  }
  while (P < Pattern.size() && Pattern[P] == '*')
    ++P;
  return P == Pattern.size();
}

static void splitParts(llvm::StringRef Text,
                       llvm::SmallVectorImpl<llvm::StringRef> &Parts) {
  while (!Text.empty()) {
    auto [Head, Tail] = Text.split("::");
    Parts.push_back(Head);
    Text = Tail;
  }
}

static constexpr llvm::StringLiteral AnyParts = "**";

NamePattern::NamePattern(llvm::StringRef Pattern) : Text(Pattern) {
  // Unanchored, the pattern matches the name's last parts: as if it began
  // with "**".
  if (!Pattern.consume_front("::"))
    Parts.push_back(AnyParts);
  splitParts(Pattern, Parts);
}

bool NamePattern::matches(llvm::StringRef Name) const {
  llvm::SmallVector<llvm::StringRef, 8> N;
  splitParts(Name, N);
  // The part-level form of matchesPart: "**" is the star, and any other
  // pattern part matches exactly one name part.
  size_t P = 0, I = 0;
  size_t Star = llvm::StringRef::npos, StarI = 0;
  while (I < N.size()) {
    if (P < Parts.size() && Parts[P] == AnyParts) {
      Star = P++;
      StarI = I;
    } else if (P < Parts.size() && matchesPart(Parts[P], N[I])) {
      ++P;
      ++I;
    } else if (Star != llvm::StringRef::npos) {
      P = Star + 1;
      I = ++StarI;
    } else {
      return false;
    }
  }
  while (P < Parts.size() && Parts[P] == AnyParts)
    ++P;
  return P == Parts.size();
}

bool matchesName(llvm::StringRef Pattern, llvm::StringRef Name) {
  return NamePattern(Pattern).matches(Name);
}

/// Words that are keywords in both C and C++: no function or type has them
/// as a name in either language.
static bool isKeywordEverywhere(llvm::StringRef Word) {
  static const llvm::StringSet<> Keywords = [] {
    LangOptions Cxx, C;
    Cxx.CPlusPlus = Cxx.CPlusPlus11 = Cxx.CPlusPlus14 = Cxx.CPlusPlus17 =
        Cxx.CPlusPlus20 = Cxx.CPlusPlus23 = Cxx.CPlusPlus26 = true;
    Cxx.Bool = Cxx.WChar = Cxx.Char8 = true;
    C.C99 = C.C11 = C.C17 = C.C23 = true;
    C.Bool = true;
    llvm::StringSet<> Set;
    IdentifierTable Table(Cxx);
    for (const auto &Entry : Table)
      if (Entry.getValue()->isKeyword(Cxx) && Entry.getValue()->isKeyword(C))
        Set.insert(Entry.getKey());
    return Set;
  }();
  return Keywords.contains(Word);
}

/// Why \p Part, one `::`-separated part of a user's pattern, names nothing.
static std::string whyNotAPart(llvm::StringRef Part) {
  if (Part.empty())
    return "has an empty name part";
  if (Part == AnyParts)
    return {};
  // `operator()`, `operator<<`, `operator new`, `operator bool`.
  if (Part.consume_front("operator") &&
      (Part.empty() || !(isAlphanumeric(Part[0]) || Part[0] == '_'))) {
    if (Part.trim().empty())
      return "names an operator without its symbol";
    for (char C : Part)
      if (!isAlphanumeric(C) && C != '_' && C != ' ' &&
          !llvm::StringRef("()[]<>=!+-*/%^&|~,.").contains(C))
        return "holds '" + std::string(1, C) + "', which no operator has";
    return {};
  }
  llvm::StringRef Word = Part;
  if (Word.consume_front("~") && Word.empty())
    return "has a destructor part without a class name";
  for (char C : Word)
    if (!isAlphanumeric(C) && C != '_' && C != '*')
      return "holds '" + std::string(1, C) + "', which no qualified name has";
  if (isDigit(Word[0]))
    return "has a part that starts with a digit, which no name does";
  if (!Word.contains('*') && isKeywordEverywhere(Word))
    return "has the keyword '" + Word.str() + "' where a name goes";
  return {};
}

std::string whyNotAPattern(llvm::StringRef Pattern) {
  llvm::StringRef Rest = Pattern;
  Rest.consume_front("::");
  if (Rest.empty())
    return "a pattern is empty";
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Rest.split(Parts, "::");
  for (llvm::StringRef Part : Parts)
    if (std::string Why = whyNotAPart(Part); !Why.empty())
      return "'" + Pattern.str() + "' " + Why;
  return {};
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
