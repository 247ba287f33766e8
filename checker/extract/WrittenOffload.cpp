//===--- WrittenOffload.cpp - Calls already moved to another thread ------===//

#include "WrittenOffload.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::eventloop {

/// Does \p Text end with \p Tail, spaces aside?
static bool endsWithSpaced(llvm::StringRef Text, llvm::StringRef Tail) {
  size_t I = Text.size(), J = Tail.size();
  while (J > 0) {
    if (isWhitespace(Tail[J - 1])) {
      --J;
      continue;
    }
    while (I > 0 && isWhitespace(Text[I - 1]))
      --I;
    if (I == 0 || Text[I - 1] != Tail[J - 1])
      return false;
    --I;
    --J;
  }
  return true;
}

/// Does \p Text start with \p Head, spaces aside?
static bool startsWithSpaced(llvm::StringRef Text, llvm::StringRef Head) {
  size_t I = 0, J = 0;
  while (J < Head.size()) {
    if (isWhitespace(Head[J])) {
      ++J;
      continue;
    }
    while (I < Text.size() && isWhitespace(Text[I]))
      ++I;
    if (I == Text.size() || Text[I] != Head[J])
      return false;
    ++I;
    ++J;
  }
  return true;
}

bool isWrittenOffload(const Expr *E, const OffloadTemplate &Template,
                      const ASTContext &Ctx) {
  llvm::StringRef Text = Template.text();
  SourceRange Range = E->getSourceRange();
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  auto [File, Begin] = SM.getDecomposedLoc(Range.getBegin());
  auto [EndFile, EndToken] = SM.getDecomposedLoc(Range.getEnd());
  if (File != EndFile || EndToken < Begin)
    return false;
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return false;
  size_t At = Text.find("$call");
  llvm::StringRef Prefix = Text.take_front(At);
  llvm::StringRef Suffix = Text.drop_front(At + 5);
  // Most calls fail here, on the text just before them.
  if (!Prefix.contains("$arg0") &&
      !endsWithSpaced(Buffer.take_front(Begin), Prefix))
    return false;
  std::string Arg0;
  if (Text.contains("$arg0")) {
    std::optional<std::string> First = firstArgumentText(E, Ctx);
    if (!First)
      return false;
    Arg0 = *First;
  }
  std::string FilledPrefix = OffloadTemplate(Prefix).fill("", Arg0);
  std::string FilledSuffix = OffloadTemplate(Suffix).fill("", Arg0);
  unsigned End = EndToken + Lexer::MeasureTokenLength(Range.getEnd(), SM,
                                                      Ctx.getLangOpts());
  return End <= Buffer.size() &&
         endsWithSpaced(Buffer.take_front(Begin), FilledPrefix) &&
         startsWithSpaced(Buffer.drop_front(End), FilledSuffix);
}

std::optional<std::string> firstArgumentText(const Expr *Call,
                                             const ASTContext &Ctx) {
  const auto *CE = dyn_cast<CallExpr>(Call);
  unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  if (!CE || CE->getNumArgs() <= First ||
      isa<CXXDefaultArgExpr>(CE->getArg(First)))
    return std::nullopt;
  SourceRange Range = CE->getArg(First)->getSourceRange();
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.getFileID(Range.getBegin()) != SM.getFileID(Range.getEnd()))
    return std::nullopt;
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range), SM,
                              Ctx.getLangOpts())
      .str();
}

} // namespace clang::tidy::eventloop
