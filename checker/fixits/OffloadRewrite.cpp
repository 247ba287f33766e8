//===--- OffloadRewrite.cpp - Rewrite a call into thread-offload form -----===//

#include "OffloadRewrite.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::eventloop {

std::string checkOffloadHeader(llvm::StringRef Header) {
  if (Header.empty())
    return {};
  if (!(Header.starts_with("<") && Header.ends_with(">")) &&
      !(Header.starts_with("\"") && Header.ends_with("\"") && Header.size() > 1))
    return "write it as <header> or \"header\"";
  llvm::StringRef Path = Header.drop_front().drop_back();
  if (Path.empty())
    return "the header name is empty";
  for (char C : Path)
    if (!isAlphanumeric(C) && !llvm::StringRef("_-./+").contains(C))
      return "the header name holds '" + llvm::Twine(C).str() +
             "'; write a path of letters, digits and _ - . / +";
  return {};
}

std::string whyNoRewrite(CharSourceRange Range, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (!Ctx.getLangOpts().CPlusPlus11)
    return "C code gets no C++ rewrite";
  if (Range.getBegin().isMacroID() || Range.getEnd().isMacroID())
    return "the call is in a macro expansion";
  if (SM.isInSystemHeader(Range.getBegin()))
    return "the call is in a system header";
  if (SM.getFileID(Range.getBegin()) != SM.getFileID(Range.getEnd()))
    return "the call spans files";
  return {};
}

static std::string sourceText(CharSourceRange Range, const ASTContext &Ctx) {
  return Lexer::getSourceText(Range, Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

std::optional<FixItHint> offloadCall(const Expr *Call,
                                     const OffloadTemplate &Template,
                                     const ASTContext &Ctx) {
  CharSourceRange Range =
      CharSourceRange::getTokenRange(Call->getSourceRange());
  if (!whyNoRewrite(Range, Ctx).empty())
    return std::nullopt;
  std::string Arg0;
  if (Template.text().contains("$arg0")) {
    std::optional<std::string> First = firstArgumentText(Call, Ctx);
    if (!First)
      return std::nullopt;
    Arg0 = std::move(*First);
  }
  std::string Text = sourceText(Range, Ctx);
  if (Text.empty())
    return std::nullopt;
  return FixItHint::CreateReplacement(Range, Template.fill(Text, Arg0));
}

/// Can a value of \p RD be moved into and out of a std::future?
static bool isMoveConstructible(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  bool SawMoveOrCopy = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (!Ctor->isCopyOrMoveConstructor())
      continue;
    SawMoveOrCopy = true;
    if (!Ctor->isDeleted() && Ctor->getAccess() != AS_private &&
        Ctor->getAccess() != AS_protected)
      return true;
  }
  if (SawMoveOrCopy)
    return false;
  return RD->needsImplicitMoveConstructor() &&
         !RD->defaultedMoveConstructorIsDeleted();
}

std::optional<FixItHint> offloadConstruction(const Expr *Construct,
                                             const OffloadTemplate &Template,
                                             ASTContext &Ctx) {
  const auto *CC = dyn_cast<CXXConstructExpr>(Construct);
  if (!CC || !isMoveConstructible(CC->getConstructor()->getParent()))
    return std::nullopt;
  // Only `T v(args);`, `T v{args};` or `T v;` alone in its declaration.
  // Climb through the cleanups of temporaries among the arguments.
  DynTypedNodeList Parents = Ctx.getParents(*CC);
  while (Parents.size() == 1 && Parents[0].get<ExprWithCleanups>())
    Parents = Ctx.getParents(Parents[0]);
  const VarDecl *VD = Parents.size() == 1 ? Parents[0].get<VarDecl>() : nullptr;
  if (!VD || VD->getInitStyle() == VarDecl::CInit || !VD->getTypeSourceInfo())
    return std::nullopt;
  const DeclStmt *DS = nullptr;
  for (const DynTypedNode &P : Ctx.getParents(*VD))
    DS = P.get<DeclStmt>();
  if (!DS || !DS->isSingleDecl() || VD->getType()->getContainedAutoType())
    return std::nullopt;
  SourceRange TypeRange =
      VD->getTypeSourceInfo()->getTypeLoc().getSourceRange();
  CharSourceRange Whole =
      CharSourceRange::getTokenRange(VD->getBeginLoc(), VD->getEndLoc());
  if (!whyNoRewrite(Whole, Ctx).empty())
    return std::nullopt;
  std::string Type = sourceText(CharSourceRange::getTokenRange(TypeRange), Ctx);
  std::string Args;
  if (CC->getNumArgs() > 0 && !isa<CXXDefaultArgExpr>(CC->getArg(0))) {
    SourceLocation End = CC->getArg(CC->getNumArgs() - 1)->getEndLoc();
    for (unsigned I = CC->getNumArgs(); I > 0; --I)
      if (!isa<CXXDefaultArgExpr>(CC->getArg(I - 1))) {
        End = CC->getArg(I - 1)->getEndLoc();
        break;
      }
    Args = sourceText(
        CharSourceRange::getTokenRange(CC->getArg(0)->getBeginLoc(), End), Ctx);
  }
  std::string Made = Type + "(" + Args + ")";
  std::string Text =
      Type + " " + VD->getName().str() + " = " + Template.fill(Made);
  return FixItHint::CreateReplacement(Whole, Text);
}

} // namespace clang::tidy::eventloop
