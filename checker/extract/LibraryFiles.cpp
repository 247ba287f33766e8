//===--- LibraryFiles.cpp - Which declarations the walk passes by ---------===//

#include "LibraryFiles.h"
#include "clang/AST/Decl.h"

namespace clang::tidy::eventloop {

bool LibraryFiles::judge(SourceLocation Loc) {
  FileID File = SM.getFileID(Loc);
  auto [Known, New] = Judged.try_emplace(File, false);
  if (New)
    Known->second = SM.isInSystemHeader(Loc) ||
                    (File != SM.getMainFileID() &&
                     Models.isLibraryHeader(SM.getFilename(Loc)));
  Last.Begin = SM.getLocForStartOfFile(File).getRawEncoding();
  Last.End = SM.getLocForEndOfFile(File).getRawEncoding();
  Last.Library = Known->second;
  return Known->second;
}

bool LibraryFiles::holds(const Decl *D) {
  SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
  // A builtin's FileID would be the map's empty key.
  return Loc.isInvalid() || contains(Loc);
}

bool holdsNoCode(const Decl *D, const LangOptions &LangOpts) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return !FD->doesThisDeclarationHaveABody() &&
           (!LangOpts.CPlusPlus ||
            llvm::none_of(FD->parameters(), [](const ParmVarDecl *P) {
              return P->hasDefaultArg();
            }));
  if (const auto *Field = dyn_cast<FieldDecl>(D))
    return !Field->hasInClassInitializer();
  return isa<EnumDecl, TypedefNameDecl>(D) ||
         (isa<RecordDecl>(D) && !LangOpts.CPlusPlus);
}

} // namespace clang::tidy::eventloop
